#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "jwt/TokenInspection.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QStackedWidget;
class QTextEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace orglens::jwt {
class TokenTreeModel;
}

namespace orglens::widgets {

// Decodes and explains a pasted token as the user types: kind guess, warnings, the claims as a tree,
// the compact token with its three parts marked, and the raw JSON. Decoding only: no network, no keys.
class TokenInspectorView : public QWidget {
    Q_OBJECT
public:
    explicit TokenInspectorView(QWidget *parent = nullptr);
    ~TokenInspectorView() override;

    // Replaces the input and decodes it at once (no typing delay). Used by paste, drop and hand-off.
    void setToken(const QString &text);
    QString tokenText() const;
    // The inspection shown, if the input decoded.
    const std::optional<jwt::TokenInspection> &inspection() const { return m_inspection; }

    // Moves the keyboard focus to the token input and selects its text.
    void focusInput();

    // Time source for the relative times ("expires in 5 min"); the clock must outlive this view.
    void setClock(const Clock &clock);

    // Signature verification fills these in. Each new token resets them to "Signature not checked" and no report.
    void setVerificationBadge(const QString &text, const QString &toolTip);
    void setValidationReport(const QString &report); // empty hides the report

    jwt::TokenTreeModel *treeModel() const { return m_model; }

public slots:
    void copySelectedValue();
    void copySelectedPath();

signals:
    // A new input decoded (or re-inspected for fresh times) — the place to start verification.
    void tokenInspected(const orglens::jwt::TokenInspection &inspection);
    // The input is empty or does not decode.
    void tokenCleared();
    // Short, secret-free feedback for a status bar ("Copied the value of /payload/sub").
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void decodeInput();
    void refreshTimes();
    void showEmptyState();
    void showError(const Error &error);
    void showInspection(const jwt::TokenInspection &inspection, bool sameToken);
    void resetVerification();
    void renderCompactToken();
    void applyPaletteColours();
    void updateRawJson();
    void updateCopyActions();
    void showClaimDetails(const QModelIndex &current);
    void resizeColumns();
    QString selectedRole(int role) const;

    const Clock *m_clock;
    std::optional<jwt::TokenInspection> m_inspection;
    jwt::TokenTreeModel *m_model;

    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_body = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_results = nullptr;
    QWidget *m_nothingDecoded = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_kindReasons = nullptr;
    QLabel *m_verificationBadge = nullptr;
    QLabel *m_validationReport = nullptr;
    QLabel *m_inputNotes = nullptr;
    QLabel *m_warnings = nullptr;
    QTextEdit *m_compactToken = nullptr;
    QLabel *m_partLegend = nullptr;
    QLabel *m_claimsTitle = nullptr;
    QToolButton *m_rawJsonToggle = nullptr;
    QStackedWidget *m_claimsStack = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_rawJson = nullptr;
    QLabel *m_claimDetails = nullptr;
    QAction *m_copyValueAction = nullptr;
    QAction *m_copyPathAction = nullptr;
    QTimer *m_decodeTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace orglens::widgets
