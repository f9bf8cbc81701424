#pragma once

#include "explain/ActionTemplates.h"
#include "profiles/Profile.h"

#include <QDialog>

#include <array>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace orglens::widgets {

// The Auth0 Actions a profile needs for organizations in device-flow tokens (reference §1.6), generated from the
// profile's namespace, issuer, audience and subject token type exactly as `orglens-cli actions generate` does: one
// tab per Action with the code (read-only, monospace), a Copy button and where to paste it. An Action that cannot
// be generated (e.g. no claim namespace) shows why and which profile field to fill in instead of code; the other
// Action is still shown.
class GeneratedActionsDialog : public QDialog {
    Q_OBJECT

public:
    explicit GeneratedActionsDialog(const profiles::Profile &profile, QWidget *parent = nullptr);

    // The code shown for `kind`; empty when it could not be generated.
    QString code(explain::ActionKind kind) const;
    // Why `kind` could not be generated and how to fix it; empty when it was.
    QString errorText(explain::ActionKind kind) const;

public slots:
    // Puts the code of `kind` on the clipboard (what its Copy button does).
    void copy(orglens::explain::ActionKind kind);

private:
    QWidget *actionPage(const profiles::Profile &profile, explain::ActionKind kind);

    QTabWidget *m_tabs;
    QLabel *m_status;
    struct Generated {
        QString title;
        QString code;  // empty when generation failed
        QString error; // why it failed and how to fix it
    };
    Generated &generated(explain::ActionKind kind) { return m_generated.at(std::size_t(kind)); }
    const Generated &generated(explain::ActionKind kind) const { return m_generated.at(std::size_t(kind)); }

    std::array<Generated, 2> m_generated; // indexed by ActionKind
};

} // namespace orglens::widgets
