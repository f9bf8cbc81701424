#include "DiffRowDelegate.h"

#include "StatusColours.h"
#include "jwt/TokenDiffModel.h"

#include <QPalette>

namespace orglens::widgets {

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

} // namespace orglens::widgets
