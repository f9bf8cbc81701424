#pragma once

#include <QString>

// The demo tenant's HTML pages: small, script-free and stable, so that tests (and a real browser) can
// drive them. Form fields: login page `tx`, `email`, `password` → POST /u/login; consent and device
// confirmation `tx`, `action` = accept | deny → POST /u/consent; activation `user_code` → POST /activate.
namespace orglens::demo::LoginPages {

struct LoginPage {
    QString transactionId;
    QString applicationName;
    QString organizationName; // empty outside organization logins
    QString email;            // prefilled (login_hint or the previous attempt)
    QString error;            // shown above the form
};
QString login(const LoginPage &page);

struct ConsentPage {
    QString transactionId;
    QString applicationName;
    QString userEmail;
    QString scopes; // space-separated
    QString audience;
    QString organizationName;
    QString userCode; // set for the device confirmation
};
QString consent(const ConsentPage &page);

QString activate(const QString &userCode, const QString &error);
// A page with a title and a message (device approved/denied, logged out, errors that cannot be redirected).
QString message(const QString &title, const QString &text);

} // namespace orglens::demo::LoginPages
