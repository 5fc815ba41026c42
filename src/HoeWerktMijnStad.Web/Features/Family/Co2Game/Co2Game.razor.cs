using Microsoft.AspNetCore.Components;

namespace HoeWerktMijnStad.Web.Features.Family.Co2Game;

public sealed partial class Co2Game
{
    private Co2Choices _choices = Co2Choices.Start;
    private bool _started;
    private bool _finished;
    private bool _missingAnswer;
    private bool _focusPending;
    private int _step;
    private ElementReference _heading;
    private Co2ResultView? _resultView;

    private Co2Question Question => Co2Questions.All[_step];

    private bool IsLast => _step == Co2Questions.All.Count - 1;

    private string EffectText
    {
        get
        {
            if (Question == Co2Questions.Household)
            {
                var start = Co2House.Calculate(Co2Choices.ForHousehold(_choices.Persons)).TotalKg;
                return $"Een gewoon huis met zoveel bewoners stoot {Co2Format.Kg(start)} CO2 per dag uit. Probeer dat omlaag te krijgen!";
            }

            var effect = Co2House.Effect(_choices, Question);
            if (_choices.For(Question) == Question.Reference)
            {
                return "Zo doen veel huizen het: dit is de gewone keuze.";
            }

            return Math.Abs(effect) < Co2Result.TipThresholdKg
                ? "Deze keuze geeft ongeveer evenveel CO2 als de gewone keuze."
                : $"Deze keuze: {Co2Format.Difference(effect)} CO2 per dag dan de gewone keuze.";
        }
    }

    private void Choose(Co2Option option)
    {
        _choices = _choices.With(Question, option.Key);
        _missingAnswer = false;
    }

    private Task StartAsync()
    {
        _started = true;
        return MoveToAsync(0);
    }

    private Task NextAsync()
    {
        if (!_choices.Has(Question))
        {
            _missingAnswer = true;
            return Task.CompletedTask;
        }

        if (IsLast)
        {
            _finished = true;
            _focusPending = true;
            return Task.CompletedTask;
        }

        return MoveToAsync(_step + 1);
    }

    private Task PreviousAsync() => MoveToAsync(Math.Max(0, _step - 1));

    private Task BackToChoicesAsync()
    {
        _finished = false;
        return MoveToAsync(_step);
    }

    private Task RestartAsync()
    {
        _choices = Co2Choices.Start;
        _finished = false;
        return MoveToAsync(0);
    }

    private Task MoveToAsync(int step)
    {
        _step = step;
        _missingAnswer = false;
        _focusPending = true;
        return Task.CompletedTask;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // a new question or the result replaces what had the focus: move it to the new heading, so keyboard
        // and screen reader users continue there instead of at the top of the page
        if (!_focusPending)
        {
            return;
        }

        _focusPending = false;
        if (_finished && _resultView is not null)
        {
            await _resultView.FocusAsync();
        }
        else if (!_finished)
        {
            await _heading.FocusAsync();
        }
    }
}
