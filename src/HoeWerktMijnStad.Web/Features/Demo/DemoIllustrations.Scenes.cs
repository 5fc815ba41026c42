using SkiaSharp;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>The rest of the heat-pump tour's pictures and the bridge-and-lock tour's.</summary>
internal static partial class DemoIllustrations
{
    private static void FloorHeating(SKCanvas canvas)
    {
        canvas.Clear(Wall);
        Rect(canvas, Steel.WithAlpha(90), 80, 420, 760, 300, 10);
        var points = new List<SKPoint>();
        for (var i = 0; i < 7; i++)
        {
            var y = 450f + (i * 38);
            points.Add(new SKPoint(i % 2 == 0 ? 110 : 810, y));
            points.Add(new SKPoint(i % 2 == 0 ? 810 : 110, y));
        }

        Line(canvas, new SKColor(0xD9, 0x3A, 0x2B), 14, [.. points]);
        Rect(canvas, SKColors.White, 920, 160, 200, 520, 90);
        Rect(canvas, Blue, 960, 260, 120, 16, 6);
        Circle(canvas, Orange, 1020, 380, 34);
        Line(canvas, Copper, 16, new SKPoint(920, 560), new SKPoint(860, 560), new SKPoint(860, 460), new SKPoint(810, 460));
    }

    private static void ThermalCamera(SKCanvas canvas)
    {
        canvas.Clear(new SKColor(0x1B, 0x1F, 0x5E));
        using (var glow = new SKPaint { IsAntialias = true })
        {
            glow.Shader = SKShader.CreateRadialGradient(new SKPoint(600, 430), 420,
                [new SKColor(0xFF, 0xE0, 0x4A), new SKColor(0xE8, 0x4A, 0x1F), new SKColor(0x5A, 0x1E, 0x8C), new SKColor(0x1B, 0x1F, 0x5E)],
                [0f, 0.35f, 0.7f, 1f], SKShaderTileMode.Clamp);
            canvas.DrawRect(new SKRect(250, 260, 950, 700), glow);
        }

        Polygon(canvas, new SKColor(0xE8, 0x4A, 0x1F), new SKPoint(220, 270), new SKPoint(600, 90), new SKPoint(980, 270));

        Rect(canvas, new SKColor(0xFF, 0xF3, 0x9A), 330, 360, 150, 120, 6);
        Rect(canvas, new SKColor(0xFF, 0xF3, 0x9A), 720, 360, 150, 120, 6);
        Rect(canvas, Ink, 40, 40, 300, 200, 24);
        Circle(canvas, Steel, 190, 140, 60);
        Circle(canvas, Blue, 190, 140, 35);
    }

    private static void Tools(SKCanvas canvas)
    {
        canvas.Clear(Wall);
        Rect(canvas, new SKColor(0xC8, 0x2B, 0x1E), 200, 380, 560, 280, 20);
        Rect(canvas, Ink, 380, 320, 200, 70, 30);
        Rect(canvas, Steel, 200, 470, 560, 18);
        Circle(canvas, Orange, 930, 330, 150);
        Rect(canvas, Orange, 760, 330, 340, 40, 20);
        Line(canvas, Steel, 26, new SKPoint(860, 520), new SKPoint(1080, 720));
        Circle(canvas, Steel, 850, 505, 40);
        Line(canvas, Blue, 30, new SKPoint(120, 700), new SKPoint(420, 720));
    }

    private static void Lock(SKCanvas canvas)
    {
        GroundStrip(canvas, Ground);
        Rect(canvas, Water, 0, 420, 420, 380);
        Rect(canvas, Water, 780, 520, 420, 280);
        Rect(canvas, Water.WithAlpha(220), 420, 470, 360, 330);
        Rect(canvas, Steel, 400, 300, 40, 500);
        Rect(canvas, Steel, 760, 300, 40, 500);
        Rect(canvas, Ink, 380, 270, 80, 40, 6);
        Rect(canvas, Ink, 740, 270, 80, 40, 6);
        Rect(canvas, SKColors.White, 500, 400, 200, 70, 20);
        Rect(canvas, Orange, 560, 360, 80, 40, 8);
        Rect(canvas, new SKColor(0xC8, 0x2B, 0x1E), 1000, 300, 24, 140);
        Circle(canvas, new SKColor(0xC8, 0x2B, 0x1E), 1012, 290, 26);
    }

    private static void ControlRoom(SKCanvas canvas)
    {
        canvas.Clear(new SKColor(0xE3, 0xE8, 0xEE));
        Rect(canvas, Ink, 100, 120, 1000, 330, 16);
        for (var i = 0; i < 3; i++)
        {
            Rect(canvas, Water, 140 + (i * 320), 160, 280, 250, 8);
            Rect(canvas, Ground, 140 + (i * 320), 330, 280, 80, 0);
        }

        Rect(canvas, Steel, 60, 520, 1080, 200, 20);
        foreach (var (x, color) in new[] { (200f, Ground), (320f, Orange), (440f, new SKColor(0xC8, 0x2B, 0x1E)) })
        {
            Circle(canvas, color, x, 610, 40);
        }

        Rect(canvas, Ink, 620, 570, 420, 90, 12);
    }

    private static void Hydraulics(SKCanvas canvas)
    {
        canvas.Clear(Wall);
        Rect(canvas, Steel, 0, 660, Width, 140);
        for (var i = 0; i < 2; i++)
        {
            var x = 260f + (i * 480);
            Rect(canvas, Blue, x, 260, 140, 400, 20);
            Rect(canvas, Steel, x + 50, 90, 40, 190, 10);
            Circle(canvas, Ink, x + 70, 90, 34);
        }

        Line(canvas, Orange, 18, new SKPoint(400, 600), new SKPoint(560, 600), new SKPoint(560, 720), new SKPoint(740, 720), new SKPoint(740, 600));
        Rect(canvas, Ink, 980, 480, 160, 180, 14);
        Circle(canvas, Ground, 1060, 540, 30);
    }

    private static void Bridge(SKCanvas canvas)
    {
        Rect(canvas, Water, 0, 560, Width, 240);
        Rect(canvas, Brick, 100, 500, 260, 300);
        Rect(canvas, Brick, 840, 500, 260, 300);
        canvas.Save();
        canvas.RotateDegrees(-55, 360, 500);
        Rect(canvas, Ink, 360, 480, 420, 40, 6);
        canvas.Restore();
        Line(canvas, Steel, 10, new SKPoint(240, 500), new SKPoint(240, 180), new SKPoint(560, 160));
        Rect(canvas, SKColors.White, 560, 600, 300, 60, 24);
        Rect(canvas, Orange, 640, 560, 110, 46, 8);
        Rect(canvas, new SKColor(0xC8, 0x2B, 0x1E), 900, 380, 24, 120);
        Circle(canvas, new SKColor(0xC8, 0x2B, 0x1E), 912, 370, 26);
    }

    private static void Underwater(SKCanvas canvas)
    {
        canvas.Clear(new SKColor(0x1E, 0x5F, 0x9A));
        Rect(canvas, new SKColor(0x6B, 0x5B, 0x45), 0, 650, Width, 150);
        Rect(canvas, Steel, 700, 150, 80, 520, 6);
        Rect(canvas, Orange, 300, 380, 220, 90, 45);
        Circle(canvas, Steel, 540, 410, 55);
        Circle(canvas, Water, 540, 410, 38);
        Line(canvas, Ink, 16, new SKPoint(320, 440), new SKPoint(200, 520));
        Line(canvas, Ink, 16, new SKPoint(340, 460), new SKPoint(260, 580));
        foreach (var (x, y, r) in new[] { (580f, 320f, 16f), (610f, 250f, 12f), (595f, 180f, 9f), (630f, 120f, 7f) })
        {
            Circle(canvas, SKColors.White.WithAlpha(170), x, y, r);
        }
    }

    private static void Cameras(SKCanvas canvas)
    {
        canvas.Clear(new SKColor(0xE3, 0xE8, 0xEE));
        for (var row = 0; row < 2; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                var (x, y) = (120f + (column * 340), 90f + (row * 300));
                Rect(canvas, Ink, x, y, 300, 250, 12);
                Rect(canvas, Water, x + 20, y + 130, 260, 100);
                Rect(canvas, Brick, x + 20 + (column * 60), y + 90, 80, 60);
            }
        }

        Rect(canvas, Orange, 520, 700, 160, 60, 20);
    }
}
