#include "DiffRowDelegate.h"

#include "StatusColours.h"
#include "jwt/TokenDiffModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QPalette>
#include <QTreeView>

namespace orglens::widgets {

namespace {
// Refits the columns of a table when its viewport changes size or its model gets new content.
class ColumnSharer : public QObject {
public:
    explicit ColumnSharer(QTreeView *table) : QObject(table), m_table(table)
    {
        table->setTextElideMode(Qt::ElideMiddle);
        table->header()->setStretchLastSection(false);
        // The default follows the font's widest glyph, often wider than a short value needs.
        table->header()->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 6);
        table->viewport()->installEventFilter(this);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &ColumnSharer::fit);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        QHeaderView *header = m_table->header();
        if (header->count() == 0)
            return;
        if (header->sectionResizeMode(header->count() - 1) != QHeaderView::Stretch) {
            header->setSectionResizeMode(QHeaderView::Stretch);
            header->setSectionResizeMode(0, QHeaderView::Interactive);
        }
        m_table->resizeColumnToContents(0);
        header->resizeSection(0, qMin(header->sectionSize(0), m_table->viewport()->width() / 3));
    }

    QTreeView *m_table;
};
} // namespace

QColor DiffRowDelegate::tint(int changeKind, const QColor &base)
{
    // A light share of a hue keeps the palette's text readable on both light and dark bases.
    constexpr double Share = 0.22;
    switch (jwt::ChangeKind(changeKind)) {
    case jwt::ChangeKind::Added:
        return blendColours(base, statusHue(StatusHue::Good), Share);
    case jwt::ChangeKind::Removed:
        return blendColours(base, statusHue(StatusHue::Bad), Share);
    case jwt::ChangeKind::Changed:
        return blendColours(base, statusHue(StatusHue::Caution), Share);
    case jwt::ChangeKind::Unchanged:
        break;
    }
    return {};
}

void DiffRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ClaimItemDelegate::initStyleOption(option, index);
    const QColor background =
        tint(index.data(jwt::TokenDiffModel::ChangeKindRole).toInt(), option->palette.color(QPalette::Base));
    if (background.isValid())
        option->backgroundBrush = background;
    if (index.data(jwt::TokenDiffModel::IsVolatileRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

QString DiffRowDelegate::toolTip(const QModelIndex &index) const
{
    const QString tip = ClaimItemDelegate::toolTip(index);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty() || tip.contains(text))
        return tip;
    return tip.isEmpty() ? text : text + QStringLiteral("\n\n") + tip;
}

void shareColumnWidths(QTreeView *table)
{
    new ColumnSharer(table);
}

} // namespace orglens::widgets
