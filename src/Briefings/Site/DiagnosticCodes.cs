namespace Briefings.Site;

/// <summary>
/// Every diagnostic code the news site reports, in one place so that docs and tests can cite them.
/// The engine's own problems use the PIPE prefix.
/// </summary>
public static class DiagnosticCodes
{
    public const string InvalidYaml = "BRF001";
    public const string UnclosedFrontMatter = "BRF002";
    public const string MissingField = "BRF003";
    public const string WrongType = "BRF004";
    public const string InvalidDate = "BRF005";
    public const string DateWithoutOffset = "BRF006";
    public const string ImageWithoutAlt = "BRF007";
    public const string UnknownItemType = "BRF008";
    public const string UnknownKey = "BRF009";
    public const string DuplicateSlug = "BRF010";
    public const string UnknownRelated = "BRF011";
    public const string BrokenInternalLink = "BRF012";
    public const string MissingImage = "BRF013";
    public const string TemplateError = "BRF014";
    public const string InvalidSlug = "BRF015";
    public const string NotUtf8 = "BRF016";
    public const string NoFrontMatter = "BRF017";
    public const string UnknownSection = "BRF018";
    public const string UnknownAuthor = "BRF019";
    public const string TagCollision = "BRF020";
    public const string InvalidConfiguration = "BRF021";
    public const string DuplicateKey = "BRF022";
    public const string UnsafeUrl = "BRF040";
    public const string EmbedNotAllowed = "BRF041";
    public const string FrontMatterTooComplex = "BRF042";
    public const string BodyTooComplex = "BRF043";
}
