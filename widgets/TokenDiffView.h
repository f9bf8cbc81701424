#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace orglens::jwt {
class TokenDiffModel;
struct ClaimChain;
} // namespace orglens::jwt

namespace orglens::widgets {

class ClaimChainView;

// Compare: two tokens side by side as a claim-level diff (Path, Before, After). Added, removed and changed rows
// are tinted and marked +, −, ~; volatile claims (iat, exp, jti, ...) are dimmed; "Only differences" hides the
// unchanged rows. A second tab shows a session lineage as a claim chain (ClaimChainView). Decoding only: no network,
// no keys.
class TokenDiffView : public QWidget {
    Q_OBJECT
public:
    explicit TokenDiffView(QWidget *parent = nullptr);
    ~TokenDiffView() override;

    // Fills both inputs and compares at once.
    void setTokens(const QString &before, const QString &after);
    // Fills one side (from the session history); compares when the other side is filled too.
    void setBefore(const QString &token);
    void setAfter(const QString &token);
    // Shows the Session chain tab with `chain`.
    void showChain(const jwt::ClaimChain &chain);
    // Compares the two inputs; shows the decoder's error when one does not decode.
    void compare();

    void setOnlyDifferences(bool only);
    jwt::TokenDiffModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ClaimChainView *chainView() const { return m_chainView; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QPlainTextEdit *makeInput(const QString &objectName, const QString &placeholder);
    void showSummary();

    jwt::TokenDiffModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_after = nullptr;
    QPushButton *m_compareButton = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClaimChainView *m_chainView = nullptr;
};

} // namespace orglens::widgets
