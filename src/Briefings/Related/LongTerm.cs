namespace Briefings.Related;

/// <summary>
/// A word of the item being scored whose list of items is long (<see cref="RelatedWeights.NearestItems"/>):
/// only the items from <see cref="FirstPlace"/> to <see cref="LastPlace"/> in date order were walked.
/// </summary>
/// <param name="Term">The word's number.</param>
/// <param name="Factor">What a candidate's weight for the word is multiplied by to give its share of the score.</param>
/// <param name="FirstPlace">The date place of the first item walked.</param>
/// <param name="LastPlace">The date place of the last item walked.</param>
internal readonly record struct LongTerm(int Term, double Factor, int FirstPlace, int LastPlace);
