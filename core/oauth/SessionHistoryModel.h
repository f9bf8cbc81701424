#pragma once

#include "jwt/ClaimChain.h"
#include "oauth/SessionHistory.h"

#include <QAbstractTableModel>

#include <functional>

namespace orglens::oauth {

// The session's tokens as a table, one row per JWT (a response's access token and its ID token are two rows;
// opaque and refresh tokens are left out): Time, Flow, Profile, Kind. The first column also carries the kind, in a
// word (KindBadgeRole), in its tooltip and in its accessible text, so a narrow view still tells the kinds apart.
// Follows the history as it grows. Tokens stay in memory; TokenRole hands one to the inspector or the Compare view.
class SessionHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, FlowColumn, ProfileColumn, KindColumn, ColumnCount };
    enum Role {
        TokenRole = Qt::UserRole + 1, // QString: the compact JWT
        RecordIdRole,                 // QString: SessionRecord::id
        KindBadgeRole,                // QString: the kind in a word, for a badge in the first column ("ID")
    };
    // Names the profile of a record (e.g. by its issuer); empty when none matches.
    using ProfileNamer = std::function<QString(const SessionRecord &record)>;

    explicit SessionHistoryModel(const SessionHistory *history, QObject *parent = nullptr);

    void setProfileNamer(ProfileNamer namer);
    // The row of a token, or -1.
    int rowForToken(const QString &token) const;
    QString tokenAt(int row) const;
    // The badge text of an ID token or an access token (KindBadgeRole), so a view can size badges alike.
    static QString kindBadge(bool idToken);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qsizetype record; // index into history->records()
        bool idToken;
        QString token;
    };
    static QString kindText(bool idToken);
    static QList<Row> rowsOf(const SessionRecord &record, qsizetype index);
    void reload();
    void append(qsizetype recordIndex);

    const SessionHistory *m_history;
    ProfileNamer m_profileNamer;
    QList<Row> m_rows;
};

// The record and its ancestors (parentId), oldest first; empty when `id` is unknown.
QList<SessionRecord> sessionLineage(const SessionHistory &history, const QString &id);

// The JWT of each record of a lineage as a chain step ("Device authorization 10:42:07"): the access token, or the
// ID token when the access token is opaque; records without a JWT are left out.
QList<jwt::ChainStep> chainSteps(const QList<SessionRecord> &lineage);

} // namespace orglens::oauth
