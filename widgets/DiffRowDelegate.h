#pragma once

#include "ClaimItemDelegate.h"

class QTreeView;

namespace orglens::widgets {

// Paints rows of a TokenDiffModel: added, removed and changed rows get a tint blended into the palette's base
// colour (so it reads in light and dark themes), volatile rows are drawn in the palette's placeholder colour.
// The model's +/−/~ marker keeps the change visible without colour. A cell's tooltip starts with its whole text,
// which the table may show elided (see shareColumnWidths).
class DiffRowDelegate : public ClaimItemDelegate {
    Q_OBJECT
public:
    using ClaimItemDelegate::ClaimItemDelegate;

    // The tint of a change kind (jwt::ChangeKind as int) over `base`; invalid for unchanged rows.
    static QColor tint(int changeKind, const QColor &base);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    QString toolTip(const QModelIndex &index) const override;
};

// Lays out the columns of a claim table (Compare, Session chain): the first (path or claim) as wide as its longest
// text up to a third of the table, the value columns sharing the rest equally, long values elided in the middle.
// Follows the table's width and every new content of its model (set the model first).
void shareColumnWidths(QTreeView *table);

} // namespace orglens::widgets
