// The bulk CSV reader and the row parser that reads its records.
#include "FuzzInput.h"

#include "management/BulkPlan.h"
#include "management/CsvReader.h"

using namespace orglens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto records = management::parseCsv(fuzz::bytesOf(data, size));
    if (!records) {
        fuzz::expect(!records.error().message.isEmpty());
        return 0;
    }
    QList<management::RowError> errors;
    const QList<management::BulkRow> rows = management::parseBulkRows(*records, errors);
    management::BulkLookups lookups;
    for (const management::BulkRow &row : rows)
        lookups.orgIds.insert(row.org, row.org);
    management::planBulk(rows, lookups, false);
    return 0;
}
