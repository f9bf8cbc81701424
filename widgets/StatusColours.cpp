#include "StatusColours.h"

#include <QLabel>
#include <QPalette>

namespace orglens::widgets {

QColor blendColours(const QColor &base, const QColor &hue, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
}

QColor statusHue(StatusHue hue)
{
    switch (hue) {
    case StatusHue::Good:
        return QColor(0x2e, 0xa0, 0x43);
    case StatusHue::Bad:
        return QColor(0xd0, 0x30, 0x30);
    case StatusHue::Caution:
        return QColor(0xd0, 0x90, 0x10);
    case StatusHue::Neutral:
        break;
    }
    return QColor(0x7f, 0x8c, 0x8d);
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor errorTextColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

TokenPartColours tokenPartColours(const QPalette &palette)
{
    if (isDarkPalette(palette))
        return {QColor(0xff, 0x7a, 0xa2), QColor(0xd9, 0xa6, 0xff), QColor(0x4d, 0xd0, 0xe1)};
    return {QColor(0xc2, 0x18, 0x5b), QColor(0x7b, 0x1f, 0xa2), QColor(0x00, 0x6e, 0x7a)};
}

void setErrorStyle(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText,
                         blendColours(palette.color(QPalette::WindowText), statusHue(StatusHue::Bad), 0.75));
    label->setPalette(palette);
}

QPalette darkPalette()
{
    QPalette dark;
    const QColor text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xb0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return dark;
}

} // namespace orglens::widgets
