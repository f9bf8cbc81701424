#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace orglens::widgets {

// The hues every view tints with (mixed into the palette with blendColours, never used as they are): good (verified,
// valid, added), bad (invalid, expired, removed, certain cause), caution (unknown key, soon, changed, likely cause),
// neutral (possible cause).
enum class StatusHue { Good, Bad, Caution, Neutral };
QColor statusHue(StatusHue hue);

bool isDarkPalette(const QPalette &palette);
// Text on the palette's base in the error hue, readable (at least 4.5:1) in light and dark themes.
QColor errorTextColour(const QPalette &palette);
// The three parts of an encoded token (jwt.io-like hues, each 4.5:1 against the base in light and dark themes).
struct TokenPartColours {
    QColor header, payload, signature;
};
TokenPartColours tokenPartColours(const QPalette &palette);

// `hue` mixed into `base` by `share` (0..1): tints that follow the palette, so they read in light and dark themes.
QColor blendColours(const QColor &base, const QColor &hue, double share);

// A dark palette (for screenshots and tests that check the views read in dark themes).
QPalette darkPalette();

// Shows `label`'s text in a red derived from its palette's text colour (error), or in the normal colour.
void setErrorStyle(QLabel *label, bool error);

} // namespace orglens::widgets
