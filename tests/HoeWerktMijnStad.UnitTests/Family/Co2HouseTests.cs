using HoeWerktMijnStad.Web.Features.Family.Co2Game;
using static HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Factors;
using Q = HoeWerktMijnStad.Web.Features.Family.Co2Game.Co2Questions;

namespace HoeWerktMijnStad.UnitTests.Family;

/// <summary>The CO2 model: every answer's effect on the day's lines, the totals, and the edges (one or six
/// residents, solar panels that make more than the house uses).</summary>
public sealed class Co2HouseTests
{
    private const double Precision = 1e-9;

    private static Co2Choices House(int persons = 4, params (Co2Question Question, string Option)[] answers) =>
        answers.Aggregate(Co2Choices.ForHousehold(persons), (c, a) => c.With(a.Question, a.Option));

    private static Co2Day Day(int persons = 4, params (Co2Question, string)[] answers) => Co2House.Calculate(House(persons, answers));

    [Fact]
    public void An_ordinary_house_of_two_uses_about_the_gas_and_electricity_of_the_CBS_average()
    {
        var day = Day(2);

        Assert.InRange(day.GasM3 / (AverageGas.Value / DaysPerYear), 0.9, 1.1);
        Assert.InRange(day.HouseElectricityKwh / (AverageElectricity.Value / DaysPerYear), 0.9, 1.1);
    }

    [Fact]
    public void Unanswered_questions_count_as_an_ordinary_house()
    {
        var answeredOrdinary = Q.All.Aggregate(Co2Choices.Start, (c, q) => c.With(q, q.ReferenceKey));

        Assert.Equal(Co2House.Calculate(answeredOrdinary).TotalKg, Co2House.Calculate(Co2Choices.Start).TotalKg, Precision);
    }

    [Fact]
    public void The_total_is_the_sum_of_the_lines_and_the_home_plus_travel()
    {
        var day = Day(3, (Q.Heating, "hybride"), (Q.Solar, "zes"), (Q.Travel, "bus"));

        Assert.Equal(day.Lines.Sum(l => l.Kg), day.TotalKg, Precision);
        Assert.Equal(day.TotalKg, day.HomeKg + day.TravelKg, Precision);
    }

    [Fact]
    public void A_well_insulated_house_needs_half_the_heating_and_a_draughty_one_half_as_much_again()
    {
        var ordinary = Day(4).Line(Co2House.HeatingLine);

        Assert.Equal(ordinary * 0.5, Day(4, (Q.Insulation, "goed")).Line(Co2House.HeatingLine), Precision);
        Assert.Equal(ordinary * 1.5, Day(4, (Q.Insulation, "tochtig")).Line(Co2House.HeatingLine), Precision);
    }

    [Fact]
    public void Each_degree_on_the_thermostat_changes_the_heating_by_seven_percent()
    {
        var at20 = Day(4).Line(Co2House.HeatingLine);

        Assert.Equal(at20 * 0.93, Day(4, (Q.Thermostat, "19")).Line(Co2House.HeatingLine), Precision);
        Assert.Equal(at20 * 0.86, Day(4, (Q.Thermostat, "18")).Line(Co2House.HeatingLine), Precision);
        Assert.Equal(at20 * 1.14, Day(4, (Q.Thermostat, "22")).Line(Co2House.HeatingLine), Precision);
    }

    [Fact]
    public void Heating_with_a_boiler_is_the_gas_for_heating_times_the_gas_factor()
    {
        var expected = SpaceHeatingGas.Value / DaysPerYear * NaturalGas.Value;

        Assert.Equal(expected, Day(1).Line(Co2House.HeatingLine), Precision);
        Assert.Equal(expected, Day(6).Line(Co2House.HeatingLine), Precision);
    }

    [Fact]
    public void A_heat_pump_burns_no_gas_and_heats_the_shower_water_for_less_CO2()
    {
        var boiler = Day(4);
        var heatPump = Day(4, (Q.Heating, "warmtepomp"));

        Assert.Equal(CookingGas.Value * 4 / AverageHouseholdSize.Value / DaysPerYear, heatPump.GasM3, Precision);
        Assert.InRange(heatPump.Line(Co2House.HeatingLine) / boiler.Line(Co2House.HeatingLine), 0.4, 0.5);
        Assert.InRange(heatPump.Line(Co2House.ShowerLine) / boiler.Line(Co2House.ShowerLine), 0.6, 0.7);
    }

    [Fact]
    public void A_hybrid_heat_pump_saves_on_heating_but_leaves_the_shower_water_to_the_boiler()
    {
        var boiler = Day(4);
        var hybrid = Day(4, (Q.Heating, "hybride"));

        Assert.True(hybrid.Line(Co2House.HeatingLine) < boiler.Line(Co2House.HeatingLine));
        Assert.True(hybrid.Line(Co2House.HeatingLine) > Day(4, (Q.Heating, "warmtepomp")).Line(Co2House.HeatingLine));
        Assert.Equal(boiler.Line(Co2House.ShowerLine), hybrid.Line(Co2House.ShowerLine), Precision);
    }

    [Fact]
    public void Shower_CO2_grows_with_the_minutes_and_the_residents()
    {
        var eightMinutes = Day(4).Line(Co2House.ShowerLine);

        Assert.Equal(4 * 8 * ShowerFlow.Value * GasPerLitreShowerWater.Value * NaturalGas.Value, eightMinutes, Precision);
        Assert.Equal(eightMinutes * 15 / 8, Day(4, (Q.Shower, "15min")).Line(Co2House.ShowerLine), Precision);
        Assert.Equal(eightMinutes * 5 / 8, Day(4, (Q.Shower, "5min")).Line(Co2House.ShowerLine), Precision);
        Assert.True(Day(4, (Q.Shower, "5min-bespaar")).Line(Co2House.ShowerLine) < eightMinutes * 5 / 8);
        Assert.Equal(eightMinutes / 2, Day(2).Line(Co2House.ShowerLine), Precision);
    }

    [Fact]
    public void Cycling_and_the_tram_cost_nothing_and_the_petrol_car_costs_most()
    {
        var petrol = Day(4).Line(Co2House.TravelLine);

        Assert.Equal(4 * TravelDistance.Value * Petrol.Value / PetrolCarUse.Value, petrol, Precision);
        Assert.Equal(0, Day(4, (Q.Travel, "fiets")).Line(Co2House.TravelLine));
        Assert.Equal(0, Day(4, (Q.Travel, "tram-trein")).Line(Co2House.TravelLine));
        Assert.Equal(4 * TravelDistance.Value * Bus.Value, Day(4, (Q.Travel, "bus")).Line(Co2House.TravelLine), Precision);
        Assert.InRange(Day(4, (Q.Travel, "elektrische-auto")).Line(Co2House.TravelLine) / petrol, 0.3, 0.4);
    }

    [Fact]
    public void Led_lamps_use_a_seventh_of_halogen_and_switching_them_off_halves_that()
    {
        var halogen = Day(4, (Q.Lighting, "halogeen")).Line(Co2House.LightingLine);
        var led = Day(4, (Q.Lighting, "led")).Line(Co2House.LightingLine);

        Assert.Equal(LampHours.Value * HalogenLamp.Value / 1000 * Electricity.Value, halogen, Precision);
        Assert.Equal(halogen / 7, led, Precision);
        Assert.Equal(led / 2, Day(4, (Q.Lighting, "led-uit")).Line(Co2House.LightingLine), Precision);
        Assert.Equal((halogen + led) / 2, Day(4).Line(Co2House.LightingLine), Precision);
    }

    [Fact]
    public void The_washing_line_saves_all_of_the_dryer_and_a_heat_pump_dryer_about_half()
    {
        var dryer = Day(4).Line(Co2House.DryingLine);

        Assert.Equal(4 * LaundryLoads.Value * Dryer.Value * Electricity.Value, dryer, Precision);
        Assert.Equal(0, Day(4, (Q.Drying, "waslijn")).Line(Co2House.DryingLine));
        Assert.InRange(Day(4, (Q.Drying, "warmtepompdroger")).Line(Co2House.DryingLine) / dryer, 0.45, 0.5);
    }

    [Fact]
    public void Switching_off_saves_the_standby_watts_all_day()
    {
        var saved = Day(4).Line(Co2House.StandbyLine) - Day(4, (Q.StandbyUse, "uit")).Line(Co2House.StandbyLine);

        Assert.Equal((Standby.Value - StandbyOff.Value) * 24 / 1000 * Electricity.Value, saved, Precision);
    }

    [Fact]
    public void Cooking_on_induction_is_about_even_with_gas_on_todays_grid()
    {
        var gas = Day(4).Line(Co2House.CookingLine);
        var induction = Day(4, (Q.Cooking, "inductie")).Line(Co2House.CookingLine);

        Assert.InRange(induction / gas, 0.9, 1.1);
        Assert.True(Day(4, (Q.Cooking, "inductie")).GasM3 < Day(4).GasM3);
    }

    [Fact]
    public void Solar_panels_save_the_CO2_of_the_grid_power_they_make()
    {
        var without = Day(4);
        var six = Day(4, (Q.Solar, "zes"));
        var expectedKwh = 6 * SolarPanel.Value / DaysPerYear;

        Assert.Equal(expectedKwh, six.SolarKwh, Precision);
        Assert.Equal(-expectedKwh * Electricity.Value, six.Line(Co2House.SolarLine), Precision);
        Assert.Equal(without.TotalKg - expectedKwh * Electricity.Value, six.TotalKg, Precision);
    }

    [Fact]
    public void A_frugal_house_with_many_panels_goes_below_zero_and_saving_power_still_counts_there()
    {
        (Co2Question, string)[] frugal =
        [
            (Q.Insulation, "goed"), (Q.Heating, "warmtepomp"), (Q.Solar, "twaalf"), (Q.Thermostat, "18"), (Q.Shower, "5min-bespaar"),
            (Q.Travel, "elektrische-auto"), (Q.Cooking, "inductie"), (Q.Lighting, "led-uit"), (Q.Drying, "waslijn"), (Q.StandbyUse, "uit"),
        ];
        var day = Day(1, frugal);
        var withHalogen = Co2House.Calculate(House(1, frugal).With(Q.Lighting, "halogeen"));

        Assert.True(day.SolarKwh > day.HouseElectricityKwh);
        Assert.True(day.HomeKg < 0, $"{day.HomeKg}");
        Assert.Equal(TravelDistance.Value * ElectricCarKgPerKm, day.TravelKg, Precision);
        Assert.Equal((Q.Lighting.Find("halogeen")!.Value - Q.Lighting.Find("led-uit")!.Value) * Electricity.Value,
            withHalogen.TotalKg - day.TotalKg, Precision);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Every_answer_gives_finite_lines_and_only_solar_panels_subtract(int persons)
    {
        foreach (var question in Q.Choosable)
        {
            foreach (var option in question.Options)
            {
                var day = Co2House.Calculate(Co2Choices.ForHousehold(persons).With(question, option.Key));
                Assert.True(double.IsFinite(day.TotalKg) && day.TotalKg > 0, $"{question.Key}:{option.Key} gives {day.TotalKg}");
                Assert.All(day.Lines, l => Assert.True(l.Key == Co2House.SolarLine ? l.Kg <= 0 : l.Kg >= 0, $"{l.Key} {l.Kg}"));
            }
        }
    }

    [Fact]
    public void More_residents_mean_more_CO2_but_less_per_person()
    {
        var one = Day(1).TotalKg;
        var six = Day(6).TotalKg;

        Assert.True(six > one);
        Assert.True(Day(6).HomeKg / 6 < Day(1).HomeKg);
    }

    [Fact]
    public void The_effect_of_an_answer_is_its_difference_from_the_ordinary_answer()
    {
        var choices = House(4, (Q.Shower, "5min"), (Q.Lighting, "led"));

        Assert.Equal(0, Co2House.Effect(choices, Q.Insulation), Precision);
        Assert.Equal(Co2House.Calculate(choices).TotalKg - Co2House.Calculate(House(4, (Q.Lighting, "led"))).TotalKg,
            Co2House.Effect(choices, Q.Shower), Precision);
        Assert.True(Co2House.Effect(choices, Q.Shower) < 0);
        Assert.True(Co2House.Effect(House(4, (Q.Shower, "15min")), Q.Shower) > 0);
    }
}
