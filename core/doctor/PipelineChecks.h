#pragma once

#include "ActionProbe.h"
#include "DoctorReport.h"
#include "ExchangeProbe.h"
#include "TenantPipeline.h"

#include <QCoreApplication>

// The doctor's checklist: judges what was read (and what the Action probe saw) step by step.

namespace orglens::doctor {

// Whether the Action's code sets a namespaced org claim (calls setCustomClaim with a name ending in org_id).
bool setsOrgClaim(const DeployedAction &action);

class PipelineChecks {
    Q_DECLARE_TR_FUNCTIONS(orglens::doctor::PipelineChecks)

public:
    // The steps, in checklist order. `probe` is null when the Action probe did not run: steps that are judged by
    // running the code are then not_checked, with the lines of code that matter as evidence. `live` is the live
    // exchange probe's result, or null.
    static QList<DoctorStep> examine(const profiles::Profile &profile, const QString &userId,
                                     const TenantPipeline &pipeline, const ActionProbeResults *probe,
                                     const ExchangeProbeResult *live = nullptr);
};

} // namespace orglens::doctor
