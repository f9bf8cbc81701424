#include "LazyIconStyle.h"

#include "LazyIconEngine.h"

#include <QGuiApplication>
#include <QPointer>
#include <QStyleOption>

namespace orglens::widgets {

QIcon LazyIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // The option and widget may be gone when the icon is drawn: keep what the base style reads from them (the
    // layout direction picks the mirrored arrows).
    QStyleOption kept;
    kept.direction = QGuiApplication::layoutDirection();
    if (option)
        kept.direction = option->direction;
    else if (widget)
        kept.direction = widget->layoutDirection();
    const QPointer<QStyle> base = baseStyle();
    return QIcon(new LazyIconEngine(
        [base, standardIcon, kept] { return base ? base->standardIcon(standardIcon, &kept) : QIcon(); }));
}

} // namespace orglens::widgets
