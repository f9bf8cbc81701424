#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace orglens::widgets {

// A question asked before an action. The title and the accept button say what is done ("Set default org",
// "Apply to 120 users", "Undo"), never Yes/No; Cancel is the default answer.
struct Confirmation {
    QString title{};
    QString question{}; // the first line, e.g. "Write to tenant acme.eu.auth0.com (profile acme-prod)?"
    QString details{};  // what exactly happens
    QString action{};   // the accept button

    // The whole question as one text (the dialog shows the same).
    QString text() const { return details.isEmpty() ? question : question + QStringLiteral("\n\n") + details; }
};

// How a view asks: askConfirmation() in the application; tests answer without a modal dialog.
using ConfirmFunction = std::function<bool(const Confirmation &)>;

// A modal message box with the confirmation's action and Cancel; true when the action was chosen.
bool askConfirmation(QWidget *parent, const Confirmation &confirmation);

// The confirmation of any write to a tenant (a default organization set, a bulk run, an undo, a repair): its
// question names the tenant (host and port) and the profile, "Write to tenant X (profile Y)?", so that no write goes
// to a tenant the user did not mean.
Confirmation writeConfirmation(const QUrl &tenant, const QString &profile, const QString &title, const QString &details,
                               const QString &action);

} // namespace orglens::widgets
