#include "BulkJob.h"

#include "management/CsvReader.h"
#include "management/ManagementClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace orglens::management {

BulkJob::BulkJob(ManagementClient &client, AuditLog audit, QString profileName, QObject *parent)
    : QObject(parent), m_client(client), m_runner(client, std::move(audit), std::move(profileName))
{
    connect(&m_runner, &BulkRunner::progress, this, &BulkJob::progress);
}

BulkJob::~BulkJob() = default;

Result<BulkFile> BulkJob::read(const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("read_failed"), file.errorString()};
    const QByteArray data = file.readAll();
    const auto records = parseCsv(data);
    if (!records)
        return records.error();
    BulkFile bulk;
    bulk.path = csvPath;
    bulk.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    bulk.rows = parseBulkRows(records.value(), bulk.errors);
    return bulk;
}

QString BulkJob::journalPathFor(const QString &csvPath)
{
    return csvPath + QStringLiteral(".journal");
}

bool BulkJob::hasJournal(const QString &journalPath)
{
    const QFileInfo journal(journalPath);
    return !journalPath.isEmpty() && journal.exists() && journal.size() > 0;
}

void BulkJob::setConcurrency(int concurrency)
{
    m_concurrency = concurrency;
    m_client.setMaxConcurrency(std::max(concurrency, DefaultConcurrency));
}

void BulkJob::validate(const BulkFile &file, bool allowNonMember, std::function<void(const Result<BulkPlan> &)> done)
{
    m_runner.validate(file.rows, allowNonMember,
                      [malformed = file.errors, done = std::move(done)](const Result<BulkPlan> &validated) {
                          if (!validated)
                              return done(validated);
                          BulkPlan plan = validated.value();
                          plan.errors = malformed + plan.errors;
                          done(plan);
                      });
}

Result<bool> BulkJob::openJournal(const BulkFile &file, bool resume, const QString &journalPath)
{
    Q_ASSERT(!m_journal); // one run at a time
    m_journalPath = journalPath.isEmpty() ? journalPathFor(file.path) : journalPath;
    auto journal = std::make_unique<BulkJournal>(m_journalPath);
    auto state = journal->open(file.sha256, m_client.config().issuer.toString(), resume);
    if (!state)
        return state.error();
    m_journal = std::move(journal);
    m_journalState = std::move(state).value();
    return true;
}

void BulkJob::apply(const BulkPlan &plan, std::function<void(const BulkSummary &)> done)
{
    Q_ASSERT(m_journal); // openJournal() first
    m_runner.apply(plan, *m_journal, m_journalState, m_concurrency,
                   [this, done = std::move(done)](const BulkSummary &summary) {
                       m_journal.reset(); // releases the lock: another run (or the other program) may resume now
                       done(summary);
                   });
}

void BulkJob::cancel()
{
    m_runner.cancel();
}

} // namespace orglens::management
