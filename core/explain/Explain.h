#pragma once

// Public entry point of the explain capability: why does a token lack org_id?
#include "explain/Diagnosis.h"
#include "explain/TenantEvidenceFetcher.h"

#include <QStringList>

namespace orglens::oauth {
class SessionHistory;
}

namespace orglens::explain {

// Runs every rule on the input and returns the verdict and the findings, most likely first (by confidence, then
// by the rule's weight). Pure and synchronous: no network, no files. Never fails: a token that cannot be decoded
// is itself a finding (opaque, encrypted) or gives no findings.
Diagnosis diagnose(const ExplainInput &input);

// The tenant evidence that would sharpen the diagnosis of this input (user, client, organizations it names).
TenantEvidenceRequest tenantEvidenceRequest(const ExplainInput &input);

// The ids of all rules, in the order they are registered.
QStringList ruleIds();

// The ancestors of `record` in `history` (the records it was refreshed or exchanged from), oldest first.
QList<oauth::SessionRecord> lineageOf(const oauth::SessionHistory &history, const oauth::SessionRecord &record);

// An input for `token` with the session record that produced it (and its lineage) when `history` has it.
ExplainInput inputFromHistory(const oauth::SessionHistory &history, const QByteArray &token);

} // namespace orglens::explain
