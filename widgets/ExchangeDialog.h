#pragma once

#include "explain/ExchangeProposal.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace orglens::widgets {

// What "Exchange this token" will send, for a look before it goes: the audience, scope and organization proposed
// from the token and the profile (explain::proposeExchange, or an organization an Explain fix names), editable.
class ExchangeDialog : public QDialog {
    Q_OBJECT

public:
    // `subject` names the token ("the access token of Device authorization on Demo tenant … at 09:46"), `tenant` the
    // exchange application and tenant it goes to.
    ExchangeDialog(const explain::ExchangeParameters &proposed, const QString &subject, const QString &tenant,
                   QWidget *parent = nullptr);

    explain::ExchangeParameters parameters() const;

private:
    QLineEdit *m_audience;
    QLineEdit *m_scope;
    QLineEdit *m_organization;
};

} // namespace orglens::widgets
