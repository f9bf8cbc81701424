#include "BulkPlan.h"

#include <QCoreApplication>

#include <algorithm>

namespace orglens::management {

int BulkPlan::toChange() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const PlannedRow &row) { return !row.alreadyAtTarget; }));
}

QList<BulkRow> parseBulkRows(const QList<CsvRecord> &records, QList<RowError> &errors)
{
    QList<BulkRow> rows;
    if (records.isEmpty()) {
        errors.append(
            {1, BulkPlan::tr("the file is empty; the first line must be the header user_id,org_id or email,org_id.")});
        return rows;
    }
    QStringList header;
    for (const QString &field : records.constFirst().fields)
        header.append(field.trimmed().toLower());
    const bool byEmail = header == QStringList{QStringLiteral("email"), QStringLiteral("org_id")};
    if (!byEmail && header != QStringList{QStringLiteral("user_id"), QStringLiteral("org_id")}) {
        errors.append(
            {records.constFirst().line,
             BulkPlan::tr("the header is '%1'; it must be user_id,org_id or email,org_id.").arg(header.join(u','))});
        return rows;
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        if (record.fields.size() != 2) {
            errors.append({record.line, BulkPlan::tr("expected 2 fields (%1,org_id), found %2.")
                                            .arg(header.constFirst())
                                            .arg(record.fields.size())});
            continue;
        }
        const QString user = record.fields.at(0).trimmed();
        const QString org = record.fields.at(1).trimmed();
        if (user.isEmpty() || org.isEmpty()) {
            errors.append(
                {record.line, BulkPlan::tr("empty %1.").arg(user.isEmpty() ? header.constFirst() : header.at(1))});
            continue;
        }
        if (byEmail && !user.contains(u'@')) {
            errors.append({record.line, BulkPlan::tr("'%1' is not an e-mail address.").arg(user)});
            continue;
        }
        rows.append({record.line, user, byEmail, org});
    }
    return rows;
}

BulkPlan planBulk(const QList<BulkRow> &rows, const BulkLookups &lookups, bool allowNonMember)
{
    BulkPlan plan;
    QHash<QString, int> firstLine; // user id -> line
    for (const BulkRow &row : rows) {
        QStringList problems;
        QString userId = row.user;
        if (row.byEmail) {
            const QStringList ids = lookups.usersByEmail.value(row.user.toLower());
            if (ids.isEmpty()) {
                problems << BulkPlan::tr("no user has the e-mail %1").arg(row.user);
                userId.clear();
            } else if (ids.size() > 1) {
                problems << BulkPlan::tr("%1 users have the e-mail %2 (%3); use user_id instead")
                                .arg(ids.size())
                                .arg(row.user, ids.join(QStringLiteral(", ")));
                userId.clear();
            } else {
                userId = ids.constFirst();
            }
        } else if (!lookups.currentDefault.contains(userId)) {
            problems << BulkPlan::tr("unknown user %1").arg(userId);
            userId.clear();
        }
        const QString orgId = lookups.orgIds.value(row.org);
        if (orgId.isEmpty())
            problems << BulkPlan::tr("unknown organization %1").arg(row.org);
        if (!userId.isEmpty()) {
            if (firstLine.contains(userId))
                problems
                    << BulkPlan::tr("duplicate user %1 (already on line %2)").arg(userId).arg(firstLine.value(userId));
            else
                firstLine.insert(userId, row.line);
        }
        if (!userId.isEmpty() && !orgId.isEmpty() && !allowNonMember &&
            !lookups.members.value(orgId).contains(userId)) {
            problems << BulkPlan::tr("%1 is not a member of %2, so the organization could not be used on tokens; add "
                                     "the membership first or pass --allow-non-member")
                            .arg(userId, orgId);
        }
        if (!problems.isEmpty()) {
            plan.errors.append({row.line, problems.join(QStringLiteral("; "))});
            continue;
        }
        const QJsonValue before = lookups.currentDefault.value(userId);
        plan.rows.append({row.line, userId, orgId, before, before.toString() == orgId});
    }
    return plan;
}

} // namespace orglens::management
