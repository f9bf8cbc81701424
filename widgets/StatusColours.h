#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace orglens::widgets {

// `hue` mixed into `base` by `share` (0..1): tints that follow the palette, so they read in light and dark themes.
QColor blendColours(const QColor &base, const QColor &hue, double share);

// A dark palette (for screenshots and tests that check the views read in dark themes).
QPalette darkPalette();

// Shows `label`'s text in a red derived from its palette's text colour (error), or in the normal colour.
void setErrorStyle(QLabel *label, bool error);

} // namespace orglens::widgets
