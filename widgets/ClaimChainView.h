#pragma once

#include "jwt/ClaimChain.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace orglens::jwt {
class ClaimChainModel;
}

namespace orglens::widgets {

// A session lineage (device login → refresh → exchange …) claim by claim: one column per step, each cell marked
// and tinted with what that step did (+ added, − dropped, ~ changed), and a last column in words ("added by Token
// exchange"), so where org_id came from, or where a custom claim went, reads at a glance.
class ClaimChainView : public QWidget {
    Q_OBJECT
public:
    explicit ClaimChainView(QWidget *parent = nullptr);
    ~ClaimChainView() override;

    void setChain(const jwt::ClaimChain &chain);
    void setOnlyChanges(bool only);

    jwt::ClaimChainModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    jwt::ClaimChainModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QTreeView *m_table = nullptr;
};

} // namespace orglens::widgets
