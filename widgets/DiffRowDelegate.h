#pragma once

#include "ClaimItemDelegate.h"

namespace orglens::widgets {

// Paints rows of a TokenDiffModel: added, removed and changed rows get a tint blended into the palette's base
// colour (so it reads in light and dark themes), volatile rows are drawn in the palette's placeholder colour.
// The model's +/−/~ marker keeps the change visible without colour.
class DiffRowDelegate : public ClaimItemDelegate {
    Q_OBJECT
public:
    using ClaimItemDelegate::ClaimItemDelegate;

    // The tint of a change kind (jwt::ChangeKind as int) over `base`; invalid for unchanged rows.
    static QColor tint(int changeKind, const QColor &base);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace orglens::widgets
