using Briefings.Related;

namespace Briefings.Tests.Related;

/// <summary>
/// Ranking turns a candidate away on <see cref="Closeness.AtMost"/> before working out its closeness: that is
/// only right if the bound is never below the closeness itself, at any distance, whole days or not.
/// </summary>
public sealed class ClosenessTests
{
    [Fact]
    public void Closeness_halves_every_half_life()
    {
        Assert.Equal(1.0, Closeness.Of(0));
        Assert.Equal(0.5, Closeness.Of(RelatedWeights.HalfLifeDays), precision: 12);
        Assert.Equal(0.25, Closeness.Of(2 * RelatedWeights.HalfLifeDays), precision: 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.999999999)]
    [InlineData(1.0)]
    [InlineData(29.75)]
    [InlineData(2047.5)]
    [InlineData(2048.0)]
    [InlineData(36524.25)]
    public void The_bound_is_at_least_the_closeness(double distance)
    {
        Assert.True(Closeness.AtMost(distance) >= Closeness.Of(distance));
    }

    [Fact]
    public void The_bound_holds_across_many_fractional_distances_and_is_close_to_whole_days()
    {
        var random = new Random(7);
        for (var k = 0; k < 100_000; k++)
        {
            var distance = random.NextDouble() * 3000;

            var bound = Closeness.AtMost(distance);

            Assert.True(bound >= Closeness.Of(distance), $"distance {distance}");
            if (distance < 2000)
            {
                // Not so loose that it lets every candidate through: the closeness at the whole day below, within a hair.
                Assert.True(bound <= Closeness.Of(Math.Floor(distance)) * (1 + 1e-8), $"distance {distance}");
            }
        }
    }
}
