#include "PipelineChecks.h"

#include "management/DefaultOrg.h"

#include <QRegularExpression>

namespace orglens::doctor {

namespace {

// "NAME v3: line 9: if (event.transaction.protocol === 'oauth2-device-code') {" for the first line containing
// `needle`, or empty.
QString codeLine(const DeployedAction &action, const QString &needle)
{
    const QStringList lines = action.code.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        if (lines.at(index).contains(needle))
            return PipelineChecks::tr("“%1” v%2, line %3: %4")
                .arg(action.name)
                .arg(action.version)
                .arg(index + 1)
                .arg(lines.at(index).trimmed());
    }
    return {};
}

QString actionLabel(const DeployedAction &action)
{
    return PipelineChecks::tr("“%1” version %2").arg(action.name).arg(action.version);
}

DoctorStep step(const QString &id, const QString &title)
{
    return DoctorStep{id, StepStatus::NotChecked, title, {}, {}, false};
}

DoctorStep &unread(DoctorStep &step, const TenantPipeline &pipeline, const QString &part)
{
    step.status = StepStatus::NotChecked;
    step.evidence.append(PipelineChecks::tr("Could not read the %1: %2.").arg(part, pipeline.unread.value(part)));
    step.fix = pipeline.unread.value(part);
    return step;
}

DoctorStep &notProbed(DoctorStep &step, const ActionProbeResults *probe)
{
    step.status = StepStatus::NotChecked;
    step.fix =
        probe ? probe->unavailable
              : PipelineChecks::tr("Run the Action test probe (orglens-cli doctor --probe actions): this is judged by "
                                   "running the deployed code, not by reading it.");
    return step;
}

bool probed(const ActionProbeResults *probe)
{
    return probe && probe->unavailable.isEmpty();
}

// The namespaced org claim a claims object has (a name ending in "/org_id"), or empty.
QString orgClaimIn(const QJsonObject &claims)
{
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.key().endsWith(QLatin1String("org_id")) && it.key() != QLatin1String("org_id"))
            return it.key();
    }
    return {};
}

// The https://… strings in an Action's code: the namespaces it writes or reads.
QStringList namespacesIn(const QString &code)
{
    static const QRegularExpression url(QStringLiteral(R"((https?://[A-Za-z0-9.\-]+(?::\d+)?/?))"));
    QStringList found;
    for (auto it = url.globalMatch(code); it.hasNext();) {
        QString name = it.next().captured(1);
        if (!name.endsWith(QLatin1Char('/')))
            name += QLatin1Char('/');
        if (!found.contains(name))
            found.append(name);
    }
    return found;
}

const DeployedAction *settingOrgClaim(const QList<DeployedAction> &bound)
{
    const auto setter = std::find_if(bound.cbegin(), bound.cend(), setsOrgClaim);
    return setter == bound.cend() ? nullptr : &*setter;
}

DoctorStep postLoginBound(const TenantPipeline &pipeline, const profiles::Profile &profile)
{
    DoctorStep result = step(QStringLiteral("post-login-bound"),
                             PipelineChecks::tr("A Post-Login Action that sets the namespaced org claim is bound"));
    if (!pipeline.postLogin)
        return unread(result, pipeline, QStringLiteral("post-login bindings"));
    const QList<DeployedAction> &bound = *pipeline.postLogin;
    for (const DeployedAction &action : bound)
        result.evidence.append(PipelineChecks::tr("Bound: %1").arg(actionLabel(action)));
    const DeployedAction *setter = settingOrgClaim(bound);
    if (setter) {
        result.status = StepStatus::Pass;
        result.evidence.append(codeLine(*setter, QStringLiteral("setCustomClaim")));
        return result;
    }
    result.status = StepStatus::Fail;
    result.evidence.append(bound.isEmpty()
                               ? PipelineChecks::tr("No Action is bound to the post-login trigger.")
                               : PipelineChecks::tr("None of the bound Actions calls setCustomClaim with org_id."));
    result.fix =
        PipelineChecks::tr("Deploy and bind a Post-Login Action that adds %1org_id from app_metadata.default_org_id "
                           "(orglens-cli repair deploys and binds one, with an exact undo).")
            .arg(profile.claimNamespace);
    return result;
}

DoctorStep deviceClaim(const TenantPipeline &pipeline, const ActionProbeResults *probe, const QString &expectedOrg)
{
    DoctorStep result =
        step(QStringLiteral("device-claim"), PipelineChecks::tr("Device-code logins get the org claim"));
    if (!pipeline.postLogin)
        return unread(result, pipeline, QStringLiteral("post-login bindings"));
    if (const DeployedAction *setter = settingOrgClaim(*pipeline.postLogin))
        result.evidence.append(codeLine(*setter, QStringLiteral("setCustomClaim")));
    if (pipeline.loginClient) {
        // Auth0 puts no org_id into device-flow tokens whatever the application allows: the claim is the way.
        result.evidence.append(
            PipelineChecks::tr("The login application's organization_usage is %1; device-code "
                               "tokens never get org_id from Auth0 itself.")
                .arg(
                    pipeline.loginClient->value(QLatin1String("organization_usage")).toString(QStringLiteral("deny"))));
    }
    if (!probed(probe))
        return notProbed(result, probe);
    const QJsonObject claims = probe->deviceClaims();
    const QString claim = orgClaimIn(claims);
    if (claims.contains(QLatin1String("org_id")))
        result.evidence.append(
            PipelineChecks::tr("An Action sets org_id itself: Auth0 ignores that restricted claim."));
    if (claim.isEmpty()) {
        result.status = StepStatus::Fail;
        result.evidence.append(PipelineChecks::tr("A device-code test run of the bound Actions set no org claim."));
        result.fix =
            expectedOrg.isEmpty()
                ? PipelineChecks::tr("Set the user's app_metadata.default_org_id (the Action copies it).")
                : PipelineChecks::tr("Make the Post-Login Action set the namespaced org claim on device-code logins.");
        return result;
    }
    result.status = StepStatus::Pass;
    result.evidence.append(PipelineChecks::tr("A device-code test run set %1 = %2.")
                               .arg(claim, claims.value(claim).toVariant().toString()));
    return result;
}

DoctorStep refreshClaim(const TenantPipeline &pipeline, const ActionProbeResults *probe)
{
    DoctorStep result =
        step(QStringLiteral("refresh-claim"), PipelineChecks::tr("Refreshed tokens keep the org claim"));
    if (!pipeline.postLogin)
        return unread(result, pipeline, QStringLiteral("post-login bindings"));
    for (const DeployedAction &action : *pipeline.postLogin) {
        if (const QString guard = codeLine(action, QStringLiteral("oauth2-device-code")); !guard.isEmpty())
            result.evidence.append(guard);
    }
    if (!probed(probe))
        return notProbed(result, probe);
    const QString claim = orgClaimIn(probe->refreshClaims());
    if (!claim.isEmpty()) {
        result.status = StepStatus::Pass;
        result.evidence.append(PipelineChecks::tr("A refresh-token test run set %1.").arg(claim));
        return result;
    }
    result.status = StepStatus::Fail;
    result.evidence.append(
        PipelineChecks::tr("A refresh-token test run (protocol oauth2-refresh-token) set no org claim: "
                           "Auth0 does not carry claims over, so refreshed tokens lose it."));
    result.fix =
        PipelineChecks::tr("Run the Post-Login Action for every protocol (drop the oauth2-device-code check).");
    return result;
}

DoctorStep namespaceMatch(const TenantPipeline &pipeline, const ActionProbeResults *probe,
                          const profiles::Profile &profile)
{
    DoctorStep result =
        step(QStringLiteral("namespace-match"),
             PipelineChecks::tr("The Post-Login Action, the exchange Action and the profile use one namespace"));
    if (!pipeline.postLogin)
        return unread(result, pipeline, QStringLiteral("post-login bindings"));
    const QString expected = profile.claimNamespace + QStringLiteral("org_id");
    QString written = probed(probe) ? orgClaimIn(probe->deviceClaims()) : QString();
    if (written.isEmpty()) {
        if (const DeployedAction *setter = settingOrgClaim(*pipeline.postLogin); setter) {
            const QStringList names = namespacesIn(setter->code);
            if (!names.isEmpty())
                written = names.first() + QStringLiteral("org_id");
        }
    }
    if (written.isEmpty())
        return notProbed(result, probe);
    result.evidence.append(
        PipelineChecks::tr("The Post-Login Action writes %1; the profile expects %2.").arg(written, expected));
    bool matches = written == expected;
    if (pipeline.exchangeAction) {
        const QStringList read = namespacesIn(pipeline.exchangeAction->code);
        result.evidence.append(
            read.isEmpty() ? PipelineChecks::tr("The exchange Action names no namespace.")
                           : PipelineChecks::tr("The exchange Action names %1.").arg(read.join(QStringLiteral(", "))));
        matches = matches && read.contains(profile.claimNamespace);
    }
    result.status = matches ? StepStatus::Pass : StepStatus::Fail;
    if (!matches)
        result.fix =
            PipelineChecks::tr("Use %1 in both Actions and in the profile (or change the profile's namespace to the "
                               "one the Actions use).")
                .arg(profile.claimNamespace);
    return result;
}

DoctorStep exchangeProfile(const TenantPipeline &pipeline, const profiles::Profile &profile)
{
    DoctorStep result =
        step(QStringLiteral("exchange-profile"),
             PipelineChecks::tr("A token exchange profile for the subject token type names a deployed Action"));
    if (!pipeline.exchangeProfiles)
        return unread(result, pipeline, QStringLiteral("token exchange profiles"));
    const QJsonObject found = pipeline.exchangeProfileFor(profile.subjectTokenType);
    if (found.isEmpty()) {
        result.status = StepStatus::Fail;
        result.evidence.append(PipelineChecks::tr("No profile has subject_token_type %1 (%n profile(s) read).", nullptr,
                                                  int(pipeline.exchangeProfiles->size()))
                                   .arg(profile.subjectTokenType));
        result.fix =
            PipelineChecks::tr("Create a token exchange profile for %1 that names a deployed custom-token-exchange "
                               "Action (POST /api/v2/token-exchange-profiles, scope create:token_exchange_profiles).")
                .arg(profile.subjectTokenType);
        return result;
    }
    result.evidence.append(PipelineChecks::tr("Profile “%1” for %2 names Action %3.")
                               .arg(found.value(QLatin1String("name")).toString(), profile.subjectTokenType,
                                    found.value(QLatin1String("action_id")).toString()));
    if (!pipeline.exchangeAction)
        return unread(result, pipeline, QStringLiteral("exchange Action"));
    if (pipeline.exchangeAction->version == 0) {
        result.status = StepStatus::Fail;
        result.evidence.append(PipelineChecks::tr("“%1” has never been deployed.").arg(pipeline.exchangeAction->name));
        result.fix = PipelineChecks::tr("Deploy the Action “%1”.").arg(pipeline.exchangeAction->name);
        return result;
    }
    result.status = StepStatus::Pass;
    result.evidence.append(PipelineChecks::tr("Deployed: %1.").arg(actionLabel(*pipeline.exchangeAction)));
    return result;
}

DoctorStep exchangeAppEnabled(const TenantPipeline &pipeline, const profiles::Profile &profile)
{
    DoctorStep result = step(QStringLiteral("exchange-app-enabled"),
                             PipelineChecks::tr("The exchange application may use custom_authentication profiles"));
    if (profile.exchangeClientId.isEmpty()) {
        result.fix = PipelineChecks::tr("Set the profile's exchange application.");
        return result;
    }
    if (!pipeline.exchangeClient)
        return unread(result, pipeline, QStringLiteral("exchange application"));
    const QJsonObject &client = *pipeline.exchangeClient;
    const QJsonArray types = client.value(QLatin1String("token_exchange"))
                                 .toObject()
                                 .value(QLatin1String("allow_any_profile_of_type"))
                                 .toArray();
    const bool allowed = types.contains(QStringLiteral("custom_authentication"));
    const bool thirdParty = client.value(QLatin1String("is_first_party")).toBool(true) == false;
    const bool notConformant = client.value(QLatin1String("oidc_conformant")).toBool(true) == false;
    result.evidence.append(PipelineChecks::tr("%1: token_exchange.allow_any_profile_of_type = [%2].")
                               .arg(profile.exchangeClientId,
                                    types.toVariantList().isEmpty()
                                        ? QString()
                                        : QVariant(types.toVariantList()).toStringList().join(QStringLiteral(", "))));
    if (pipeline.exchangeClientGrants) {
        QStringList audiences;
        for (const QJsonValue &grant : *pipeline.exchangeClientGrants)
            audiences.append(
                PipelineChecks::tr("%1 (organization_usage: %2)")
                    .arg(grant.toObject().value(QLatin1String("audience")).toString(),
                         grant.toObject().value(QLatin1String("organization_usage")).toString(QStringLiteral("deny"))));
        result.evidence.append(
            audiences.isEmpty()
                ? PipelineChecks::tr("It has no client grants.")
                : PipelineChecks::tr("Its client grants: %1.").arg(audiences.join(QStringLiteral(", "))));
    }
    if (thirdParty)
        result.evidence.append(
            PipelineChecks::tr("It is a third-party application: Custom Token Exchange needs a first-party one."));
    if (notConformant)
        result.evidence.append(PipelineChecks::tr("It is not OIDC conformant: Custom Token Exchange needs it to be."));
    result.status = allowed && !thirdParty && !notConformant ? StepStatus::Pass : StepStatus::Fail;
    if (result.status == StepStatus::Fail)
        result.fix = PipelineChecks::tr(
                         "PATCH /api/v2/clients/%1 with {\"token_exchange\":{\"allow_any_profile_of_type\":"
                         "[\"custom_authentication\"]}} (scope update:clients), on a first-party, OIDC-conformant "
                         "application.")
                         .arg(profile.exchangeClientId);
    return result;
}

bool acceptedForged(const std::optional<ActionRun> &run)
{
    return run && !run->rejected() && !run->argumentsOf(QStringLiteral("authentication.setUserById")).isEmpty();
}

QString verifySubjectFix()
{
    return PipelineChecks::tr(
        "Verify the subject token in validateToken: signature against the tenant's JWKS, iss, aud "
        "and exp (orglens-cli repair deploys such an Action, with an exact undo).");
}

void failCritically(DoctorStep &result, const QString &evidence)
{
    result.status = StepStatus::Fail;
    result.critical = true;
    result.evidence.append(evidence);
    result.fix = verifySubjectFix();
}

// "setUserById(auth0|x) and setOrganization(org_y)": what an exchange test run set.
QString whatWasSet(const ActionRun &run)
{
    const QString user = run.argumentsOf(QStringLiteral("authentication.setUserById")).join(QStringLiteral(", "));
    const QStringList organizations = run.argumentsOf(QStringLiteral("authentication.setOrganization"));
    return organizations.isEmpty() ? QStringLiteral("setUserById(%1)").arg(user)
                                   : PipelineChecks::tr("setUserById(%1) and setOrganization(%2)")
                                         .arg(user, organizations.join(QStringLiteral(", ")));
}

DoctorStep exchangeVerifiesSubject(const TenantPipeline &pipeline, const ActionProbeResults *probe,
                                   const ExchangeProbeResult *live)
{
    DoctorStep result = step(QStringLiteral("exchange-verifies-subject"),
                             PipelineChecks::tr("The exchange Action verifies the subject token (signature, issuer, "
                                                "audience, expiry)"));
    // The live probe is the proof: a token issued for a forged subject token decides the step whatever else says.
    const bool liveRan = live && live->ran;
    if (liveRan && live->tokenIssued) {
        failCritically(result, PipelineChecks::tr("The token endpoint issued a token for a subject token forged for "
                                                  "%1: sub %2, org_id %3.")
                                   .arg(live->forgedFor, live->issuedClaims.value(QLatin1String("sub")).toString(),
                                        live->issuedClaims.value(QLatin1String("org_id")).toString()));
    } else if (liveRan) {
        result.evidence.append(PipelineChecks::tr("The token endpoint refused a subject token forged for %1: %2")
                                   .arg(live->forgedFor, live->refusal));
    }
    if (pipeline.exchangeAction) {
        for (const char *marker : {"jwtVerify", "validateToken", "isValid: true"}) {
            if (const QString line = codeLine(*pipeline.exchangeAction, QLatin1String(marker)); !line.isEmpty())
                result.evidence.append(line);
        }
    }
    if (probed(probe) && pipeline.exchangeAction) {
        if (acceptedForged(probe->forgedSubject))
            failCritically(result, PipelineChecks::tr("Given a subject token signed by a throwaway key, the Action "
                                                      "called %1.")
                                       .arg(whatWasSet(*probe->forgedSubject)));
        if (acceptedForged(probe->forgedOtherUser) &&
            probe->forgedOtherUser->argumentsOf(QStringLiteral("authentication.setUserById"))
                .contains(probe->forgedOtherUserId))
            failCritically(result, PipelineChecks::tr("A forged token naming %1 made it log in as %1: anyone can "
                                                      "become any user.")
                                       .arg(probe->forgedOtherUserId));
        if (result.status == StepStatus::Fail)
            return result;
        const ActionRun &run = *probe->forgedSubject;
        const QStringList reasons = run.argumentsOf(QStringLiteral("access.rejectInvalidSubjectToken")) +
                                    run.argumentsOf(QStringLiteral("access.deny")) + QStringList{run.error};
        result.status = StepStatus::Pass;
        result.evidence.append(PipelineChecks::tr("The Action refused a subject token signed by a throwaway key: %1")
                                   .arg(reasons.join(QStringLiteral(" ")).trimmed()));
        return result;
    }
    if (result.status == StepStatus::Fail)
        return result;
    if (liveRan) {
        result.status = StepStatus::Pass;
        return result;
    }
    if (!pipeline.exchangeAction) {
        result.fix = PipelineChecks::tr("Needs a token exchange profile with its Action (see exchange-profile).");
        return result;
    }
    return notProbed(result, probe);
}

DoctorStep exchangeSetsOrganization(const TenantPipeline &pipeline, const ActionProbeResults *probe)
{
    DoctorStep result = step(QStringLiteral("exchange-sets-organization"),
                             PipelineChecks::tr("The exchange Action sets the organization"));
    if (!pipeline.exchangeAction) {
        result.fix = PipelineChecks::tr("Needs a token exchange profile with its Action (see exchange-profile).");
        return result;
    }
    if (probed(probe) && acceptedForged(probe->forgedSubject)) {
        const QString set =
            probe->forgedSubject->argumentsOf(QStringLiteral("authentication.setOrganization")).value(0);
        if (set.isEmpty()) {
            result.status = StepStatus::Fail;
            result.evidence.append(
                PipelineChecks::tr("A test run set the user but no organization (the subject token carried "
                                   "%1).")
                    .arg(probe->forgedOrgId));
        } else if (set != probe->forgedOrgId) {
            result.status = StepStatus::Warn;
            result.evidence.append(
                PipelineChecks::tr("A test run called setOrganization(%1), but the subject token carried %2: "
                                   "the organization does not come from the token.")
                    .arg(set, probe->forgedOrgId));
        } else {
            result.status = StepStatus::Pass;
            result.evidence.append(
                PipelineChecks::tr("A test run called setOrganization(%1), the organization in the subject "
                                   "token.")
                    .arg(set));
        }
    } else {
        // A verifying Action refuses forged tokens, so its organization is judged from its deployed code.
        const QString line = codeLine(*pipeline.exchangeAction, QStringLiteral("setOrganization("));
        result.status = line.isEmpty() ? StepStatus::Fail : StepStatus::Pass;
        result.evidence.append(line.isEmpty() ? PipelineChecks::tr("The deployed code never calls setOrganization.")
                                              : PipelineChecks::tr("Seen in the deployed code: %1").arg(line));
    }
    if (pipeline.tenantSettings) {
        const bool names =
            pipeline.tenantSettings->value(QLatin1String("allow_organization_name_in_authentication_api")).toBool();
        result.evidence.append(
            names ? PipelineChecks::tr("Tenant setting: organization names are allowed (setOrganization "
                                       "takes an id or a name; tokens also get org_name).")
                  : PipelineChecks::tr("Tenant setting: organization names are off (setOrganization "
                                       "needs the organization's id)."));
    }
    if (result.status != StepStatus::Pass)
        result.fix =
            PipelineChecks::tr("Call api.authentication.setOrganization(orgId) with the organization from the verified "
                               "subject token, read under the profile's namespace.");
    return result;
}

// False (with the step's fix set) when no user was given or the user could not be read.
bool userWasRead(DoctorStep &result, const TenantPipeline &pipeline, const QString &userId)
{
    if (userId.isEmpty()) {
        result.fix = PipelineChecks::tr("Give a user (--user USER_ID) to check.");
        return false;
    }
    if (!pipeline.user) {
        unread(result, pipeline, QStringLiteral("user"));
        return false;
    }
    return true;
}

DoctorStep userDefaultOrg(const TenantPipeline &pipeline, const QString &userId)
{
    DoctorStep result =
        step(QStringLiteral("user-default-org"), PipelineChecks::tr("The user has a default organization"));
    if (!userWasRead(result, pipeline, userId))
        return result;
    const QString orgId = management::defaultOrgId(*pipeline.user);
    result.status = orgId.isEmpty() ? StepStatus::Fail : StepStatus::Pass;
    result.evidence.append(orgId.isEmpty()
                               ? PipelineChecks::tr("%1 has no app_metadata.default_org_id.").arg(userId)
                               : PipelineChecks::tr("%1: app_metadata.default_org_id = %2.").arg(userId, orgId));
    if (orgId.isEmpty())
        result.fix = PipelineChecks::tr("orglens-cli users set-default-org %1 ORG").arg(userId);
    return result;
}

DoctorStep userMember(const TenantPipeline &pipeline, const QString &userId)
{
    DoctorStep result =
        step(QStringLiteral("user-member"), PipelineChecks::tr("The user is a member of the default organization"));
    if (!userWasRead(result, pipeline, userId))
        return result;
    const QString orgId = management::defaultOrgId(*pipeline.user);
    if (orgId.isEmpty()) {
        result.fix = PipelineChecks::tr("Needs a default organization (see user-default-org).");
        return result;
    }
    if (!pipeline.userOrganizations)
        return unread(result, pipeline, QStringLiteral("user's organizations"));
    QStringList memberOf;
    for (const QJsonValue &organization : *pipeline.userOrganizations)
        memberOf.append(organization.toObject().value(QLatin1String("id")).toString());
    result.evidence.append(
        PipelineChecks::tr("Member of: %1.")
            .arg(memberOf.isEmpty() ? PipelineChecks::tr("no organization") : memberOf.join(QStringLiteral(", "))));
    result.status = memberOf.contains(orgId) ? StepStatus::Pass : StepStatus::Fail;
    if (result.status == StepStatus::Pass && pipeline.defaultOrgConnections) {
        QStringList enabled;
        for (const QJsonValue &connection : *pipeline.defaultOrgConnections)
            enabled.append(connection.toObject()
                               .value(QLatin1String("connection"))
                               .toObject()
                               .value(QLatin1String("name"))
                               .toString());
        const QString own = pipeline.user->value(QLatin1String("identities"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("connection"))
                                .toString();
        result.evidence.append(
            PipelineChecks::tr("Connections enabled for %1: %2.")
                .arg(orgId, enabled.isEmpty() ? PipelineChecks::tr("none") : enabled.join(QStringLiteral(", "))));
        if (!own.isEmpty() && !enabled.contains(own)) {
            result.status = StepStatus::Warn;
            result.fix = PipelineChecks::tr("Enable the connection %1 for %2, or the user cannot log in through the "
                                            "organization.")
                             .arg(own, orgId);
        }
    }
    if (result.status == StepStatus::Fail)
        result.fix =
            PipelineChecks::tr("Add %1 to %2, or set a default organization the user belongs to.").arg(userId, orgId);
    return result;
}

DoctorStep recentLogs(const TenantPipeline &pipeline)
{
    DoctorStep result = step(QStringLiteral("recent-logs"),
                             PipelineChecks::tr("Recent device logins, exchanges and refreshes succeeded"));
    if (!pipeline.logs)
        return unread(result, pipeline, QStringLiteral("tenant logs"));
    static const QStringList relevant{QStringLiteral("sede"),  QStringLiteral("fede"),   QStringLiteral("secte"),
                                      QStringLiteral("fecte"), QStringLiteral("sertft"), QStringLiteral("fertft")};
    result.status = StepStatus::Pass;
    QSet<QString> seen;
    for (const QJsonValue &value : *pipeline.logs) {
        const QJsonObject entry = value.toObject();
        const QString type = entry.value(QLatin1String("type")).toString();
        if (!relevant.contains(type) || seen.contains(type.mid(1)))
            continue;
        seen.insert(type.mid(1)); // the newest of each kind: success and failure share the tail ("ecte")
        const QString description = entry.value(QLatin1String("description")).toString();
        result.evidence.append(
            QStringLiteral("%1 %2%3").arg(entry.value(QLatin1String("date")).toString(), type,
                                          description.isEmpty() ? QString() : QStringLiteral(": ") + description));
        if (type.startsWith(QLatin1Char('f')))
            result.status = StepStatus::Warn;
    }
    if (result.evidence.isEmpty())
        result.evidence.append(PipelineChecks::tr("No device login, exchange or refresh in the logs read."));
    if (pipeline.exchangeFailures && !pipeline.exchangeFailures->isEmpty()) {
        const QJsonObject newest = pipeline.exchangeFailures->at(0).toObject();
        result.evidence.append(PipelineChecks::tr("Newest failed exchange of the application: %1 %2")
                                   .arg(newest.value(QLatin1String("date")).toString(),
                                        newest.value(QLatin1String("description")).toString()));
    }
    if (result.status == StepStatus::Warn)
        result.fix = PipelineChecks::tr("The newest attempt of a kind failed: its description above says why.");
    return result;
}

} // namespace

bool setsOrgClaim(const DeployedAction &action)
{
    return action.code.contains(QLatin1String("setCustomClaim")) && action.code.contains(QLatin1String("org_id"));
}

QList<DoctorStep> PipelineChecks::examine(const profiles::Profile &profile, const QString &userId,
                                          const TenantPipeline &pipeline, const ActionProbeResults *probe,
                                          const ExchangeProbeResult *live)
{
    const QString expectedOrg = pipeline.user ? management::defaultOrgId(*pipeline.user) : QString();
    return {postLoginBound(pipeline, profile),
            deviceClaim(pipeline, probe, expectedOrg),
            refreshClaim(pipeline, probe),
            namespaceMatch(pipeline, probe, profile),
            exchangeProfile(pipeline, profile),
            exchangeAppEnabled(pipeline, profile),
            exchangeVerifiesSubject(pipeline, probe, live),
            exchangeSetsOrganization(pipeline, probe),
            userDefaultOrg(pipeline, userId),
            userMember(pipeline, userId),
            recentLogs(pipeline)};
}

} // namespace orglens::doctor
