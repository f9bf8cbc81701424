#include "DefaultOrgEditor.h"

#include "management/DefaultOrg.h"
#include "management/ManagementClient.h"

#include <QCoreApplication>

namespace orglens::management {

namespace {

Error apiFailure(const ApiResult &result)
{
    return {result.error->errorCode.isEmpty() ? QStringLiteral("api_error") : result.error->errorCode,
            result.error->text()};
}

QString shown(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? DefaultOrgEditor::tr("(none)") : value.toString();
}

} // namespace

DefaultOrgEditor::DefaultOrgEditor(ManagementClient &client, AuditLog audit, QString profileName, QObject *parent)
    : QObject(parent), m_client(client), m_audit(std::move(audit)), m_profile(std::move(profileName))
{
}

void DefaultOrgEditor::plan(const QString &user, const QString &org, bool clear, bool allowNonMember, PlanCallback done)
{
    if (user.contains(u'@') && !user.contains(u'|')) {
        m_client.usersByEmail(user, this, [=, this](const ApiResult &result) {
            if (!result.ok())
                return done(apiFailure(result));
            const QJsonArray users = result.array();
            if (users.size() != 1) {
                return done(Error{
                    QStringLiteral("ambiguous_user"),
                    users.isEmpty()
                        ? tr("no user has the e-mail %1.").arg(user)
                        : tr("%1 users have the e-mail %2; give the user_id instead.").arg(users.size()).arg(user)});
            }
            planForUser(users.first().toObject(), org, clear, allowNonMember, done);
        });
        return;
    }
    m_client.getUser(user, this, [=, this](const ApiResult &result) {
        if (!result.ok())
            return done(apiFailure(result));
        planForUser(result.object(), org, clear, allowNonMember, done);
    });
}

void DefaultOrgEditor::planForUser(const QJsonObject &user, const QString &org, bool clear, bool allowNonMember,
                                   PlanCallback done)
{
    DefaultOrgChange change;
    change.user = user;
    change.userId = user.value(QLatin1String("user_id")).toString();
    change.before = defaultOrgOf(user);
    m_client.userOrganizations(change.userId, this, [=, this](const ListResult &organizations) mutable {
        if (!organizations.ok())
            return done(Error{QStringLiteral("api_error"), organizations.error->text()});
        change.userOrganizations = organizations.items;
        if (clear) {
            change.after = QJsonValue();
            return done(change);
        }
        m_client.getOrganization(org, this, [=](const ApiResult &result) mutable {
            if (!result.ok())
                return done(apiFailure(result));
            change.organization = result.object();
            const QString orgId = change.organization.value(QLatin1String("id")).toString();
            change.after = orgId;
            change.isMember = false;
            for (const QJsonValue &each : std::as_const(change.userOrganizations))
                change.isMember = change.isMember || each.toObject().value(QLatin1String("id")).toString() == orgId;
            if (!change.isMember && !allowNonMember) {
                return done(
                    Error{QStringLiteral("not_a_member"),
                          tr("%1 is not a member of %2 (%3): a token exchanged for this user could not carry "
                             "that organization. Add the membership first, or pass --allow-non-member.")
                              .arg(change.userId, orgId, change.organization.value(QLatin1String("name")).toString())});
            }
            done(change);
        });
    });
}

void DefaultOrgEditor::apply(const DefaultOrgChange &change, const QString &source, const QString &undoOf,
                             ApplyCallback done)
{
    m_client.patchAppMetadata(change.userId, defaultOrgChange(change.after), this, [=, this](const ApiResult &patched) {
        if (!patched.ok())
            return done(apiFailure(patched));
        // Read back: the PATCH answer is the user after the merge, but a fresh GET is what later reads will see.
        m_client.getUser(change.userId, this, [=, this](const ApiResult &readBack) {
            if (!readBack.ok())
                return done(apiFailure(readBack));
            const QJsonValue now = defaultOrgOf(readBack.object());
            if (now != change.after) {
                return done(Error{QStringLiteral("verify_failed"),
                                  tr("the change was sent but default_org_id now reads %1 instead of %2.")
                                      .arg(shown(now), shown(change.after))});
            }
            done(m_audit.append({.profile = m_profile,
                                 .tenant = m_client.config().issuer.toString(),
                                 .clientId = m_client.config().clientId,
                                 .userId = change.userId,
                                 .before = change.before,
                                 .after = change.after,
                                 .source = source,
                                 .undoOf = undoOf}));
        });
    });
}

void DefaultOrgEditor::undo(const QString &id, bool force, ApplyCallback done)
{
    const auto entry = m_audit.find(id);
    if (!entry)
        return done(entry.error());
    if (entry->tenant != m_client.config().issuer.toString()) {
        return done(Error{QStringLiteral("other_tenant"),
                          tr("audit entry %1 changed the tenant %2, not %3: use the profile of that tenant.")
                              .arg(id, entry->tenant, m_client.config().issuer.toString())});
    }
    const AuditEntry original = entry.value();
    m_client.getUser(original.userId, this, [=, this](const ApiResult &result) {
        if (!result.ok())
            return done(apiFailure(result));
        DefaultOrgChange change;
        change.user = result.object();
        change.userId = original.userId;
        change.before = defaultOrgOf(change.user);
        change.after = original.before;
        if (change.before != original.after && !force) {
            return done(Error{QStringLiteral("changed_since"),
                              tr("default_org_id of %1 is now %2, not %3 as audit entry %4 left it: it was changed "
                                 "since. Undo anyway with --force.")
                                  .arg(original.userId, shown(change.before), shown(original.after), id)});
        }
        apply(change, QStringLiteral("undo"), id, done);
    });
}

} // namespace orglens::management
