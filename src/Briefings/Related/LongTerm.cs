namespace Briefings.Related;

/// <summary>
/// A word of the item being scored whose list of items is long (<see cref="RelatedWeights.NearestItems"/>):
/// only the items from <see cref="FirstItem"/> to <see cref="LastItem"/> were walked (items are numbered in date order).
/// </summary>
/// <param name="Term">The word's number.</param>
/// <param name="Factor">What a candidate's weight for the word is multiplied by to give its share of the score.</param>
/// <param name="FirstItem">The first item walked.</param>
/// <param name="LastItem">The last item walked.</param>
internal readonly record struct LongTerm(int Term, double Factor, int FirstItem, int LastItem);
