using Briefings.Related;

namespace Briefings.Tests.Related;

public sealed class TermReaderTests
{
    [Fact]
    public void Terms_are_lower_cased_runs_of_letters_and_digits_without_stop_words()
    {
        Assert.Equal(["eu", "adopt", "18th", "package", "oil", "price", "cap"], TermReader.Terms("The EU adopts its 18th package: an oil-price cap."));
    }

    [Fact]
    public void Plurals_meet_their_singulars_and_short_words_keep_their_s()
    {
        Assert.Equal(["sanction", "sanction", "country", "gas", "press", "virus"], TermReader.Terms("sanctions sanction countries gas press virus"));
    }

    [Fact]
    public void Letters_of_any_script_count_and_one_letter_tokens_do_not()
    {
        Assert.Equal(["россия", "zürich", "russia"], TermReader.Terms("Россия, Zürich — Russia's"));
    }

    [Fact]
    public void Reading_stops_after_the_word_limit_counting_stop_words_and_one_letter_words()
    {
        var terms = new List<string>();

        // "The", "EU" and "s" count as words (3) though they give no term; "tanker" is the 4th, "fleet" the 5th, "seized" is not read.
        TermReader.Read("The EU's tanker fleet, seized", t => terms.Add(t.ToString()), maxWords: 5);

        Assert.Equal(["eu", "tanker", "fleet"], terms);
    }

    [Theory]
    [InlineData("The EU's tanker fleet was seized; officials said more seizures would follow.", 5)]
    [InlineData("Россия, Zürich — Russia's 18th package... and so on, and on", 4)]
    [InlineData("one two three", 3)]
    [InlineData("one two three", 10)]
    [InlineData("ends on a word", 4)]
    [InlineData("  spaces   between   words   and  trailing  ", 3)]
    public void The_lead_gives_the_same_terms_as_the_whole_text_under_the_word_limit(string text, int maxWords)
    {
        var whole = new List<string>();
        var lead = new List<string>();
        TermReader.Read(text, t => whole.Add(t.ToString()), maxWords);

        var start = TermReader.Lead(text, maxWords);
        TermReader.Read(start, t => lead.Add(t.ToString()), maxWords);

        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Equal(whole, lead);
        Assert.Equal(whole, TermReader.Terms(start));
    }

    [Fact]
    public void A_long_text_leads_with_its_first_words_only()
    {
        var text = string.Join(' ', Enumerable.Range(1, 500).Select(i => $"word{i}"));

        var lead = TermReader.Lead(text, 200);

        Assert.Equal("word200", lead.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(200, TermReader.Terms(lead).Count);
    }
}
