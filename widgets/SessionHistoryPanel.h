#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace orglens::oauth {
class OAuthClient;
class SessionHistory;
class SessionHistoryModel;
class TokenOperation;
} // namespace orglens::oauth

namespace orglens::widgets {

// Every token of this session, obtained or pasted (time, flow, profile, kind), newest at the bottom. A row opens in
// the inspector (Enter or double-click), becomes the "before" or "after" of a comparison, or shows its lineage as a
// claim chain. A record with a refresh token can be refreshed (with the OAuth client, when set): the new tokens join
// the history. Each row's first column starts with a badge naming the token's kind. Nothing here is saved.
class SessionHistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit SessionHistoryPanel(oauth::SessionHistory *history, QWidget *parent = nullptr);
    ~SessionHistoryPanel() override;

    oauth::SessionHistoryModel *model() const { return m_model; }
    QTreeView *view() const; // built with the first token (or now)
    // Selects the row of a token, if it is in the history.
    void selectToken(const QString &token);
    QString selectedToken() const;
    QString selectedRecordId() const;
    // Enables Refresh for records with a refresh token; the client records the new tokens in the history.
    void setOAuthClient(oauth::OAuthClient *client);
    // Refreshes the tokens of the selected record with its refresh token.
    void refreshSelected();

    QSize sizeHint() const override; // wide enough for the four columns

signals:
    void openRequested(const QString &token);
    void compareBeforeRequested(const QString &token);
    void compareAfterRequested(const QString &token);
    void chainRequested(const QString &recordId);
    void statusMessage(const QString &message);

private:
    void updateState();
    QTreeView *ensureView();

    oauth::SessionHistory *m_history;
    oauth::SessionHistoryModel *m_model;
    oauth::OAuthClient *m_oauth = nullptr;
    QPointer<oauth::TokenOperation> m_refreshing;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_before = nullptr;
    QPushButton *m_after = nullptr;
    QPushButton *m_chain = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace orglens::widgets
