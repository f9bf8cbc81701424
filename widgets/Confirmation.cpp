#include "Confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace orglens::widgets {

namespace {
// The translation context of this file's texts.
struct WriteConfirmation {
    Q_DECLARE_TR_FUNCTIONS(orglens::widgets::WriteConfirmation)
};
} // namespace

bool askConfirmation(QWidget *parent, const Confirmation &confirmation)
{
    QMessageBox box(QMessageBox::Question, confirmation.title, confirmation.question, QMessageBox::NoButton, parent);
    box.setInformativeText(confirmation.details);
    QPushButton *accept = box.addButton(confirmation.action, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmActionButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

Confirmation writeConfirmation(const QUrl &tenant, const QString &profile, const QString &title, const QString &details,
                               const QString &action)
{
    const QString where = tenant.authority();
    return {.title = title,
            .question = profile.isEmpty()
                            ? WriteConfirmation::tr("Write to tenant %1?").arg(where)
                            : WriteConfirmation::tr("Write to tenant %1 (profile %2)?").arg(where, profile),
            .details = details,
            .action = action};
}

} // namespace orglens::widgets
