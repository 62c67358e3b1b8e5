using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Briefings.Authors;
using Briefings.Catalog;
using Briefings.Rail;
using Briefings.Tags;

namespace Briefings.Pages;

/// <summary>
/// The serialization code of every value the site's page pipelines hand their templates (and of what those values hold),
/// generated at compile time, so page fingerprints need no reflection: the same in the JIT-compiled CLI and in its
/// Native AOT publish, which cannot make reflection's generic converters at run time. A value of a type not listed here
/// (a new page value) cannot be serialized: its page gets a fingerprint that never matches and is always rendered,
/// and <c>IncrementalBuildTests</c>, which builds the sample site (every page kind) twice, fails until the type is added.
/// </summary>
[JsonSourceGenerationOptions(ReferenceHandler = JsonKnownReferenceHandler.IgnoreCycles, MaxDepth = 64)]
[JsonSerializable(typeof(SortedDictionary<string, object?>))]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(NavView))]
[JsonSerializable(typeof(ItemView))]
[JsonSerializable(typeof(ImmutableArray<ItemView>))]
[JsonSerializable(typeof(PagerView))]
[JsonSerializable(typeof(AuthorView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(ImmutableArray<TagCountView>))]
[JsonSerializable(typeof(RailView))]
internal sealed partial class PageFingerprintJson : JsonSerializerContext;
