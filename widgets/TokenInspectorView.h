#pragma once

#include "FindTarget.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "jwt/TokenInspection.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTextEdit;
class QTimer;
class QToolButton;
class QSortFilterProxyModel;
class QTreeView;

namespace orglens::jwt {
class TokenTreeModel;
}

namespace orglens {
class OperationTracker;
}

namespace orglens::widgets {

class ActivityIndicator;

class LifetimeTimeline;

// Decodes and explains a pasted token as the user types: kind guess, warnings, the claims as a tree,
// the compact token with its three parts marked, and the raw JSON. Decoding only: no network, no keys.
class TokenInspectorView : public QWidget, public FindTarget {
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
    enum class BadgeState { NotChecked, Checking, Verified, InvalidSignature, UnknownKey, Failed };
    Q_ENUM(BadgeState)
    void setVerificationBadge(const QString &text, const QString &toolTip);
    // The badge with a state: its mark (✓, ✗, ?) and tint come from the state, the words from `text`.
    void setVerificationState(BadgeState state, const QString &text, const QString &toolTip);
    BadgeState verificationState() const { return m_badgeState; }

    // Offers "Add this tenant" for a token whose issuer matches no profile (an empty issuer hides the offer).
    void setUnknownIssuer(const QString &issuer);

    void setValidationReport(const QString &report); // empty hides the report

    // Shows this view's long operations (signature checks) under the summary line, with Cancel and Esc.
    void setOperationTracker(OperationTracker *tracker);
    ActivityIndicator *activityIndicator() const { return m_activity; }

    jwt::TokenTreeModel *treeModel() const { return m_model; }

public slots:
    // Moves the focus to the claim filter (Ctrl+F through MainWindow::focusFind()).
    void focusFind() override;
    void copySelectedValue();
    void copySelectedPath();

signals:
    // A new input decoded (or re-inspected for fresh times) — the place to start verification.
    void tokenInspected(const orglens::jwt::TokenInspection &inspection);
    // The input is empty or does not decode.
    void tokenCleared();
    // The user asked to add the unknown issuer as a profile (nothing is fetched before that).
    void addTenantRequested(const QString &issuer);
    // Short, secret-free feedback for a status bar ("Copied the value of /payload/sub").
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void ensureResults();
    void updateInputFont();
    void updateInputHeight();
    void decodeInput();
    void refreshTimes();
    void showEmptyState();
    void showError(const Error &error);
    void applyErrorColour();
    void setResultsTabOrder();
    void showInspection(const jwt::TokenInspection &inspection, bool sameToken);
    void resetVerification();
    void renderCompactToken();
    void applyPaletteColours();
    void updateRawJson();
    void updateCopyActions();
    void showClaimDetails(const QModelIndex &current);
    void resizeColumns();
    QString selectedRole(int role) const;
    void updateTimeline();
    void applyClaimFilter();
    void applyBadgeStyle();

    const Clock *m_clock;
    std::optional<jwt::TokenInspection> m_inspection;
    jwt::TokenTreeModel *m_model;
    QSortFilterProxyModel *m_filtered = nullptr; // the claim filter over m_model, shown in the tree
    BadgeState m_badgeState = BadgeState::NotChecked;
    bool m_monospaceInput = false;
    ActivityIndicator *m_activity = nullptr;
    OperationTracker *m_operations = nullptr;

    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    bool m_errorIsToken = false; // m_error describes an opaque or encrypted token, not a mistake
    QStackedWidget *m_body = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_findingsArea = nullptr;
    QWidget *m_results = nullptr;
    QWidget *m_nothingDecoded = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_kindReasons = nullptr;
    QLabel *m_verificationBadge = nullptr;
    QLabel *m_validationReport = nullptr;
    LifetimeTimeline *m_timeline = nullptr;
    QWidget *m_unknownIssuerBar = nullptr;
    QLabel *m_unknownIssuerText = nullptr;
    QToolButton *m_addTenant = nullptr;
    QLineEdit *m_claimFilter = nullptr;
    QToolButton *m_copyValueButton = nullptr;
    QToolButton *m_copyPathButton = nullptr;
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
