#include "ClaimItemDelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace orglens::widgets {

bool ClaimItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTip(index);
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    // Rich text makes QToolTip wrap long lines; pre-wrap keeps the model's line breaks and indentation.
    const QString html = QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
    QToolTip::showText(event->globalPos(), html, view, view->visualRect(index));
    return true;
}

QString ClaimItemDelegate::toolTip(const QModelIndex &index) const
{
    return index.data(Qt::ToolTipRole).toString();
}

} // namespace orglens::widgets
