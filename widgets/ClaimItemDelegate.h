#pragma once

#include <QStyledItemDelegate>

namespace orglens::widgets {

// Item delegate for claim trees: shows tooltips word-wrapped (plain-text tooltips never wrap, and claim
// explanations and values can be long) and keeps everything else as QStyledItemDelegate draws it.
class ClaimItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    // The tooltip of a cell (plain text): the model's by default.
    virtual QString toolTip(const QModelIndex &index) const;
};

} // namespace orglens::widgets
