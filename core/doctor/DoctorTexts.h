#pragma once

#include "DoctorReport.h"

#include <QCoreApplication>
#include <QUrl>

// What the doctor says outside its steps, for every front end: what each probe sends before the user agrees to it,
// and the one line a critical report leads with.

namespace orglens::doctor {

class DoctorTexts {
    Q_DECLARE_TR_FUNCTIONS(orglens::doctor::DoctorTexts)

public:
    // The Action probe: what runs, that nothing is written, the scope it needs.
    static QString actionProbeNotice();
    // The live exchange probe against `issuer`, with a subject token carrying the claims of `userId`'s device token
    // (empty: the doctor's stand-in user).
    static QString exchangeProbeNotice(const QUrl &issuer, const QString &userId);
    // The hole behind report.critical(), e.g. "the token exchange accepts forged subject tokens: …"; empty when the
    // report is not critical.
    static QString criticalFinding(const DoctorReport &report);
};

} // namespace orglens::doctor
