#include "LoginPages.h"

#include <QCoreApplication>

namespace orglens::demo::LoginPages {

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::LoginPages)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString document(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1 | OrgLens demo tenant</title>"
                          "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}"
                          "label{display:block;margin:.6em 0}.error{color:#b00020}</style></head>\n"
                          "<body>\n<h1>%1</h1>\n%2</body></html>\n")
        .arg(escaped(title), body);
}

QString paragraph(const QString &cssClass, const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p class=\"%1\" id=\"%1\">%2</p>\n").arg(cssClass, escaped(text));
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n").arg(name, escaped(value));
}

} // namespace

QString login(const LoginPage &page)
{
    const QString body =
        paragraph(QStringLiteral("application"), Text::tr("Log in to continue to %1.").arg(page.applicationName)) +
        (page.organizationName.isEmpty()
             ? QString()
             : paragraph(QStringLiteral("organization"), Text::tr("Organization: %1").arg(page.organizationName))) +
        paragraph(QStringLiteral("error"), page.error) +
        QStringLiteral("<form method=\"post\" action=\"/u/login\">\n") +
        hidden(QStringLiteral("tx"), page.transactionId) +
        QStringLiteral("<label>%1 <input type=\"email\" name=\"email\" value=\"%2\" autofocus></label>\n"
                       "<label>%3 <input type=\"password\" name=\"password\" value=\"\"></label>\n"
                       "<button type=\"submit\">%4</button>\n</form>\n")
            .arg(escaped(Text::tr("Email address")), escaped(page.email), escaped(Text::tr("Password")),
                 escaped(Text::tr("Continue"))) +
        paragraph(QStringLiteral("hint"), Text::tr("Demo users: alice@example.com, bob@example.com, carol@example.com, "
                                                   "dave@example.com; password: demo-password."));
    return document(Text::tr("Log in"), body);
}

QString consent(const ConsentPage &page)
{
    const bool device = !page.userCode.isEmpty();
    QString body;
    if (device) {
        body +=
            paragraph(QStringLiteral("user-code"),
                      Text::tr("Confirm that this code matches the one shown on your device: %1").arg(page.userCode));
    }
    body +=
        paragraph(QStringLiteral("application"),
                  Text::tr("%1 is requesting access to your account %2.").arg(page.applicationName, page.userEmail));
    body += paragraph(QStringLiteral("scopes"),
                      Text::tr("Scopes: %1").arg(page.scopes.isEmpty() ? Text::tr("(none)") : page.scopes));
    if (!page.audience.isEmpty())
        body += paragraph(QStringLiteral("audience"), Text::tr("API: %1").arg(page.audience));
    if (!page.organizationName.isEmpty())
        body += paragraph(QStringLiteral("organization"), Text::tr("Organization: %1").arg(page.organizationName));
    body += QStringLiteral("<form method=\"post\" action=\"/u/consent\">\n") +
            hidden(QStringLiteral("tx"), page.transactionId) +
            QStringLiteral("<button type=\"submit\" name=\"action\" value=\"accept\">%1</button>\n"
                           "<button type=\"submit\" name=\"action\" value=\"deny\">%2</button>\n</form>\n")
                .arg(escaped(device ? Text::tr("Confirm") : Text::tr("Accept")),
                     escaped(device ? Text::tr("Cancel") : Text::tr("Decline")));
    return document(device ? Text::tr("Device confirmation") : Text::tr("Authorize %1").arg(page.applicationName),
                    body);
}

QString activate(const QString &userCode, const QString &error)
{
    const QString body =
        paragraph(QStringLiteral("error"), error) +
        QStringLiteral("<form method=\"post\" action=\"/activate\">\n"
                       "<label>%1 <input type=\"text\" name=\"user_code\" value=\"%2\" autofocus></label>\n"
                       "<button type=\"submit\">%3</button>\n</form>\n")
            .arg(escaped(Text::tr("Enter the code displayed on your device")), escaped(userCode),
                 escaped(Text::tr("Continue")));
    return document(Text::tr("Device activation"), body);
}

QString message(const QString &title, const QString &text)
{
    return document(title, paragraph(QStringLiteral("message"), text));
}

} // namespace orglens::demo::LoginPages
