using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Briefings.Templates;

/// <summary>
/// Reads a class's properties (<c>item.title</c> → <c>ItemView.Title</c>) through getters bound once per type as
/// delegates over the property getters. Scriban's own <see cref="TypedObjectAccessor"/> calls
/// <see cref="PropertyInfo.GetValue(object)"/> on every read: reflection's invoke path, with an invoke stub
/// JIT-compiled for each property read more than once. Here a read is a dictionary look-up and two delegate calls,
/// and nothing is emitted or JIT-compiled per property.
/// </summary>
/// <remarks>
/// The members are exactly those Scriban's accessor offers, under the same names: a type whose members cannot all be
/// bound this way (public fields, an indexer, a struct, a member filter) keeps Scriban's accessor. Anything but a
/// read (writing a member) goes to Scriban's accessor, so a template sees the same values and the same errors.
/// </remarks>
internal sealed class BoundMemberAccessor(FrozenDictionary<string, BoundMemberAccessor.Getter> getters, TypedObjectAccessor reflective) : IObjectAccessor
{
    /// <summary>The getters of each type, per renamer; null for a type that keeps Scriban's accessor. Shared by every context.</summary>
    private static readonly ConcurrentDictionary<(Type Type, MemberRenamerDelegate Renamer), FrozenDictionary<string, Getter>?> GettersByType = new();

    /// <summary>
    /// An accessor reading <paramref name="type"/>'s members as <paramref name="reflective"/> (Scriban's accessor for the
    /// same type, made with <paramref name="renamer"/> and no member filter) does, or <paramref name="reflective"/>
    /// itself when the type's members cannot all be bound.
    /// </summary>
    public static IObjectAccessor For(Type type, TypedObjectAccessor reflective, MemberRenamerDelegate renamer)
    {
        var getters = GettersByType.GetOrAdd((type, renamer), static key => BindGetters(key.Type, key.Renamer));
        return getters is not null && SameMembers(getters, reflective)
            ? new BoundMemberAccessor(getters, reflective)
            : reflective;
    }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => reflective.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter.Read(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        reflective.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        reflective.TrySetItem(context, span, target, index, value);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        reflective.TrySetValue(context, span, target, member, value);

    /// <summary>
    /// The getters of a class's public instance properties, named as Scriban names them (its accessor walks the type and
    /// its base types, the most derived first, and keeps the first member of each name); null when a member is one this
    /// accessor does not bind.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = TypesAreRooted)]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = TypesAreRooted)]
    private static FrozenDictionary<string, Getter>? BindGetters(Type type, MemberRenamerDelegate renamer)
    {
        if (type.IsValueType)
        {
            return null;
        }

        var getters = new Dictionary<string, Getter>(StringComparer.Ordinal);
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            const BindingFlags declaredPublic = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public;
            if (declaring.GetFields(declaredPublic).Any(field => !field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null))
            {
                return null;
            }

            foreach (var property in declaring.GetProperties(declaredPublic))
            {
                var getMethod = property.GetMethod;
                if (getMethod is null || getMethod.IsStatic || !getMethod.IsPublic || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
                {
                    continue;
                }

                if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsByRefLike || property.PropertyType.IsByRef
                    || property.PropertyType.IsPointer || property.PropertyType.ContainsGenericParameters)
                {
                    return null;
                }

                var name = renamer(property);
                getters.TryAdd(string.IsNullOrEmpty(name) ? property.Name : name, Getter.Bind(declaring, property));
            }
        }

        return getters.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Why reading a template value's members by reflection is safe in a trimmed (Native AOT) CLI.</summary>
    private const string TypesAreRooted =
        "Templates read the views of the Briefings assembly, which the Native AOT publish of the CLI roots whole "
        + "(TrimmerRootAssembly in Briefings.Cli.csproj); Scriban's TypedObjectAccessor reflects over the same types, "
        + "so a type whose members were trimmed would show none to either and SameMembers would still agree.";

    /// <summary>Whether Scriban's accessor offers the same member names (a safety net: then the two read the same properties).</summary>
    private static bool SameMembers(FrozenDictionary<string, Getter> getters, TypedObjectAccessor reflective) =>
        !reflective.HasIndexer
        && reflective.GetMemberCount(null!, default, null!) == getters.Count
        && reflective.GetMembers(null!, default, null!).All(getters.ContainsKey);

    /// <summary>Reads one property of an object, boxing a value as <see cref="PropertyInfo.GetValue(object)"/> does.</summary>
    internal abstract class Getter
    {
        public abstract object? Read(object target);

        /// <remarks>
        /// With a JIT, a delegate typed over the property (<see cref="BindDelegate"/>). Native AOT cannot instantiate
        /// that generic type at run time for a value-typed property (no code was compiled for it), but its reflection
        /// invokes precompiled stubs and emits nothing, so there the getter is invoked (<see cref="InvokedGetter"/>).
        /// </remarks>
        public static Getter Bind(Type declaring, PropertyInfo property) =>
            RuntimeFeature.IsDynamicCodeSupported ? BindDelegate(declaring, property) : new InvokedGetter(property.GetMethod!);

        /// <remarks>
        /// The typed binder is called through a delegate: invoking it (or the getter's constructor) through reflection
        /// would emit and JIT-compile an invoke stub per property type at start-up.
        /// </remarks>
        [RequiresDynamicCode("Instantiates the typed getter over the property's type at run time.")]
        internal static Getter BindDelegate(Type declaring, PropertyInfo property) =>
            typeof(Getter).GetMethod(nameof(BindTyped), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(declaring, property.PropertyType)
                .CreateDelegate<Func<MethodInfo, Getter>>()(property.GetMethod!);

        private static Getter BindTyped<TDeclaring, TValue>(MethodInfo getMethod)
            where TDeclaring : class =>
            new Getter<TDeclaring, TValue>(getMethod.CreateDelegate<Func<TDeclaring, TValue>>());
    }

    /// <summary>A getter over an open-instance delegate to the property's get method (no reflection invoke, nothing emitted).</summary>
    private sealed class Getter<TDeclaring, TValue>(Func<TDeclaring, TValue> read) : Getter
        where TDeclaring : class
    {
        // The accessor is made for one exact type, which derives from (or is) TDeclaring: the cast cannot fail.
        public override object? Read(object target) => read(Unsafe.As<TDeclaring>(target));
    }

    /// <summary>A getter invoking the property's get method through reflection: the one that works without dynamic code.</summary>
    internal sealed class InvokedGetter(MethodInfo getMethod) : Getter
    {
        private readonly MethodInvoker invoker = MethodInvoker.Create(getMethod);

        public override object? Read(object target) => invoker.Invoke(target);
    }
}
