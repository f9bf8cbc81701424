#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace orglens::widgets {

// Which of the doctor's probes to run, after reading what each sends: a box per probe, none ticked, each with its
// notice (what runs where, what is kept). The accept button runs only the ticked ones; Cancel is the default.
class ProbeDialog : public QDialog {
    Q_OBJECT

public:
    struct Probe {
        QString title{};       // the box's text
        QString notice{};      // what the probe sends and keeps
        QString unavailable{}; // why it cannot run now (its box is disabled); empty when it can
    };

    // `tenant` names the tenant and profile the probes go to.
    ProbeDialog(const QString &tenant, const Probe &actions, const Probe &exchange, QWidget *parent = nullptr);

    QCheckBox *actionsBox() const { return m_actions; }
    QCheckBox *exchangeBox() const { return m_exchange; }
    bool probeActions() const;
    bool probeExchange() const;

private:
    QCheckBox *addProbe(const Probe &probe, const QString &objectName);
    void updateRunButton();

    QCheckBox *m_actions;
    QCheckBox *m_exchange;
    QPushButton *m_run = nullptr;
};

} // namespace orglens::widgets
