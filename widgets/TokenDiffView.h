#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace orglens::jwt {
class TokenDiffModel;
}

namespace orglens::widgets {

// Compare: two tokens side by side as a claim-level diff (Path, Before, After). Added, removed and changed rows
// are tinted and marked +, −, ~; volatile claims (iat, exp, jti, ...) are dimmed; "Only differences" hides the
// unchanged rows. Decoding only: no network, no keys.
class TokenDiffView : public QWidget {
    Q_OBJECT
public:
    explicit TokenDiffView(QWidget *parent = nullptr);
    ~TokenDiffView() override;

    // Fills both inputs and compares at once.
    void setTokens(const QString &before, const QString &after);
    // Compares the two inputs; shows the decoder's error when one does not decode.
    void compare();

    void setOnlyDifferences(bool only);
    jwt::TokenDiffModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

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
};

} // namespace orglens::widgets
