#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the tenant doctor found: one step per question about the tenant's org_id pipeline, each with its status, the
// evidence it rests on and the fix; and what each probe did.

namespace orglens::doctor {

enum class StepStatus { Pass, Warn, Fail, NotChecked };

// "pass", "warn", "fail", "not_checked".
QString stepStatusName(StepStatus status);

struct DoctorStep {
    QString id; // stable: "post-login-bound", "device-claim", ...
    StepStatus status = StepStatus::NotChecked;
    QString title;         // translated question, e.g. "Refreshed tokens keep the claim"
    QStringList evidence;  // what was read or seen, quoted briefly
    QString fix;           // what to do when it is not a pass (empty when nothing)
    bool critical = false; // a security hole, not only a missing claim
};

struct ProbeOutcome {
    QString id; // "actions", "exchange"
    bool ran = false;
    QString result; // one line: what the probe showed, or why it did not run
    QStringList evidence;
};

struct DoctorReport {
    QString tenant; // the issuer
    QString userId; // empty when no user was given
    QList<DoctorStep> steps;
    QList<ProbeOutcome> probes;

    bool critical() const;
    bool anyFailed() const;
    const DoctorStep *step(const QString &id) const;
    // {"tenant", "user", "steps":[{"id","status","title","evidence":[…],"fix","critical"}], "probes":[…], "critical"}
    QJsonObject toJson() const;
};

} // namespace orglens::doctor
