namespace Briefings.Bench.Corpus;

/// <summary>The words and names generated briefings are made of: news-desk vocabulary, so that text, tags and titles look and weigh like the real thing.</summary>
public static class Vocabulary
{
    /// <summary>Sixty tags, most frequent first: the generator draws them with a Zipf-like spread, so a few are everywhere and most are rare.</summary>
    public static readonly string[] Tags =
    [
        "Russia", "Ukraine", "EU", "Sanctions", "US", "China", "NATO", "Energy", "Oil", "Diplomacy",
        "Military Aid", "Drones", "North Korea", "Shadow Fleet", "Gas", "Black Sea", "Grain", "Shipping", "Trade", "Ceasefire",
        "Air Defense", "Artillery", "Kremlin", "Economy", "Elections", "Refugees", "Cyberattacks", "Crimea", "Kharkiv", "Odesa",
        "Zaporizhzhia", "Nuclear Safety", "Belarus", "Poland", "Baltic States", "Finland", "Turkey", "India", "Iran", "Japan",
        "United Nations", "G7", "Frozen Assets", "Tariffs", "Inflation", "Central Bank", "Prisoner Exchange", "War Crimes", "Reconstruction", "Mobilization",
        "Foreign Fighters", "Propaganda", "Media Freedom", "Arms Industry", "Missiles", "Navy", "Satellites", "Undersea Cables", "Alaska Summit", "Peace Talks",
    ];

    public static readonly string[] Sources =
    [
        "Reuters", "AP", "Bloomberg", "Al Jazeera", "BBC", "Financial Times", "Politico", "DW", "Kyiv Independent", "Meduza", "The Guardian", "Le Monde",
    ];

    /// <summary>Author profile ids with display names; each gets a profile under content/authors/.</summary>
    public static readonly (string Id, string Name, string Beat)[] Authors =
    [
        ("news-desk", "Briefings News Desk", "the day's most important reporting on the war and its fallout"),
        ("mara-ostrova", "Mara Ostrova", "the front line, drones and air defense"),
        ("tomas-reyes", "Tomas Reyes", "sanctions, energy markets and shipping"),
        ("ingrid-sato", "Ingrid Sato", "China, North Korea and East Asian security"),
        ("olek-danyliuk", "Olek Danyliuk", "Ukrainian politics and reconstruction"),
        ("claire-bianchi", "Claire Bianchi", "EU institutions and NATO diplomacy"),
    ];

    public static readonly string[] Offsets = ["+00:00", "+01:00", "+02:00", "+03:00", "-05:00", "+09:00"];

    public static readonly string[] Subjects =
    [
        "Kyiv", "Moscow", "Brussels", "Washington", "Beijing", "NATO allies", "EU ministers", "The Kremlin", "Ukraine's army", "G7 leaders",
        "Analysts", "Regulators", "Shipping insurers", "Grain traders", "Energy firms", "Warsaw", "Ankara", "Tokyo", "New Delhi", "UN inspectors",
    ];

    public static readonly string[] Verbs =
    [
        "weighs", "approves", "rejects", "warns over", "prepares", "extends", "tightens", "questions", "signals support for", "delays",
        "confirms", "investigates", "expands", "pauses", "doubles down on", "eases", "targets", "backs", "criticises", "reviews",
    ];

    public static readonly string[] Objects =
    [
        "new sanctions package", "oil price cap", "drone production", "air defense deliveries", "grain corridor", "frozen asset loan",
        "ceasefire proposal", "tanker inspections", "gas transit deal", "arms shipments", "export controls", "peace framework",
        "reconstruction fund", "border security plan", "cable protection patrols", "tariff threat", "prisoner exchange", "nuclear plant monitoring",
    ];

    public static readonly string[] Qualifiers =
    [
        "after talks", "amid pressure", "as winter nears", "before summit", "despite objections", "in surprise move", "under new rules",
        "as talks stall", "after attack", "ahead of vote", "for second time", "in joint statement",
    ];

    /// <summary>Body words: common words weighted by repetition, and domain words for flavour.</summary>
    public static readonly string[] Words =
    [
        "the", "the", "the", "the", "of", "of", "of", "and", "and", "and", "to", "to", "to", "in", "in", "a", "a", "on", "for", "with",
        "that", "said", "was", "is", "by", "as", "has", "were", "from", "at", "its", "after", "would", "have", "be", "which", "their", "more",
        "officials", "government", "ministry", "forces", "war", "troops", "front", "line", "region", "border", "sanctions", "package", "vessels",
        "tankers", "oil", "gas", "exports", "imports", "prices", "market", "economy", "budget", "support", "aid", "weapons", "missiles",
        "drones", "attack", "strike", "defense", "talks", "negotiators", "agreement", "proposal", "statement", "report", "analysts", "data",
        "satellite", "imagery", "shipyard", "port", "corridor", "grain", "cargo", "insurance", "banks", "assets", "loan", "allies", "partners",
        "summit", "leaders", "president", "minister", "parliament", "vote", "measures", "restrictions", "enforcement", "investigation",
        "evidence", "week", "month", "year", "since", "despite", "while", "earlier", "later", "recent", "new", "previous", "several", "dozens",
        "hundreds", "thousands", "billion", "million", "percent", "increase", "decline", "pressure", "response", "warning", "risk", "security",
        "cooperation", "relations", "conflict", "invasion", "occupied", "territory", "civilians", "infrastructure", "power", "grid", "winter",
    ];

    public static readonly string[] Headings =
    [
        "What happened", "Why it matters", "The background", "What comes next", "Reactions", "The numbers", "On the ground",
        "Pressure on Moscow", "A divided response", "The legal question", "Markets react", "What officials said",
    ];

    public static readonly string[] ExternalSites =
    [
        "https://www.reuters.com/world/", "https://apnews.com/hub/russia-ukraine", "https://www.bloomberg.com/europe", "https://www.aljazeera.com/news/",
        "https://www.bbc.com/news/world", "https://kyivindependent.com/", "https://www.consilium.europa.eu/en/press/", "https://www.nato.int/cps/en/natohq/news.htm",
    ];

    public static readonly string[] Speakers =
    [
        "Ukraine's foreign minister", "The Kremlin spokesman", "The EU's foreign policy chief", "NATO's secretary general", "China's Foreign Ministry",
        "The U.S. secretary of state", "Poland's prime minister", "The IAEA director general",
    ];

    public static readonly string[] Contexts =
    [
        "told reporters in Brussels", "wrote on social media", "said at a press conference", "said in a televised address", "told parliament",
    ];
}
