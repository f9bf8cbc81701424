#pragma once

#include "management/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace orglens::management {

// One data row of a bulk CSV: user (by user_id or e-mail) and organization (by id or name).
struct BulkRow {
    int line = 0;
    QString user; // user_id, or e-mail when byEmail
    bool byEmail = false;
    QString org; // id or name
};

struct RowError {
    int line = 0;
    QString message;
};

// The CSV's rows: the header must be "user_id,org_id" or "email,org_id". Malformed rows (field count, empty
// values) are reported in errors with their line numbers; the others are returned.
QList<BulkRow> parseBulkRows(const QList<CsvRecord> &records, QList<RowError> &errors);

// What the tenant said about the rows, gathered with few requests.
struct BulkLookups {
    QHash<QString, QString> orgIds;            // org reference (id or name) -> id; unknown ones absent
    QHash<QString, QStringList> usersByEmail;  // e-mail (lower case) -> user ids
    QHash<QString, QSet<QString>> members;     // org id -> member user ids
    QHash<QString, QJsonValue> currentDefault; // user id -> app_metadata.default_org_id (null: absent); unknown absent
};

struct PlannedRow {
    int line = 0;
    QString userId;
    QString orgId;
    QJsonValue before; // current default_org_id (null: absent)
    bool alreadyAtTarget = false;
};

// How the membership of the CSV's users in one organization was checked: by reading the organization's member list
// (pages of 100), or, when the CSV names far fewer of its users than it has pages, each user's organizations (one
// request per user). Whichever costs fewer requests.
struct MembershipCheck {
    enum class Method { MemberList, PerUser };
    QString orgId;
    int members = 0;  // the organization's member count (the API's total)
    int csvUsers = 0; // users of the CSV with this organization
    Method method = Method::MemberList;
    int requests = 0; // what the chosen method cost
    int otherMethodRequests = 0;

    QString methodName() const
    {
        return method == Method::PerUser ? QStringLiteral("per_user") : QStringLiteral("member_list");
    }
};

struct BulkPlan {
    Q_DECLARE_TR_FUNCTIONS(orglens::management::BulkPlan)

public:
    QList<PlannedRow> rows;
    QList<RowError> errors; // every bad row, by line
    QList<MembershipCheck> membershipChecks;
    int toChange() const;
};

// Checks every row against the lookups: unknown user, unknown organization, ambiguous e-mail, not a member
// (unless allowNonMember), the same user twice. Pure.
BulkPlan planBulk(const QList<BulkRow> &rows, const BulkLookups &lookups, bool allowNonMember);

} // namespace orglens::management
