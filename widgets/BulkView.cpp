#include "BulkView.h"

#include "BulkResultModel.h"
#include "ManagementConnection.h"
#include "ManagementProfileBar.h"
#include "RunCaption.h"
#include "StatusColours.h"
#include "management/ManagementClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace orglens::widgets {

namespace {
constexpr int MaxConcurrency = 16;
} // namespace

BulkView::BulkView(ManagementConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_bar(new ManagementProfileBar(connection, this)),
      m_model(new BulkResultModel(this)), m_file(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_allowNonMember(new QCheckBox(tr("Allow organizations the user is &not a member of"), this)),
      m_concurrency(new QSpinBox(this)), m_validate(new QPushButton(tr("&Validate (dry run)"), this)),
      m_apply(new QPushButton(tr("&Apply…"), this)), m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_export(new QPushButton(tr("E&xport results…"), this)), m_summary(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)), m_resultCaption(new RunCaption(this)),
      m_table(new QTableView(this))
{
    m_bar->setObjectName(QStringLiteral("bulkProfileBar"));
    m_file->setObjectName(QStringLiteral("csvFileEdit"));
    m_file->setPlaceholderText(tr("A CSV file with the header user_id,org_id or email,org_id"));
    m_file->setAccessibleName(tr("CSV file"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_allowNonMember->setObjectName(QStringLiteral("allowNonMemberCheck"));
    m_allowNonMember->setToolTip(tr("A default organization the user is not a member of cannot appear on the user's "
                                    "tokens; leave this off unless you add the memberships later."));
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, MaxConcurrency);
    m_concurrency->setValue(management::BulkJob::DefaultConcurrency);
    m_concurrency->setAccessibleName(tr("Requests in flight"));
    m_concurrency->setToolTip(tr("PATCH requests in flight at once; the client stays under the tenant's rate limit "
                                 "either way."));
    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_progressText->setObjectName(QStringLiteral("progressLabel"));
    m_resultCaption->setObjectName(QStringLiteral("bulkResultCaption"));
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Validation report and results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8); // compact rows: many of them
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_confirm = [this](const Confirmation &confirmation) { return askConfirmation(this, confirmation); };

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *concurrencyLabel = new QLabel(tr("Requests in &flight:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    auto *concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(m_concurrency);
    concurrencyRow->addStretch();
    form->addRow(concurrencyLabel, concurrencyRow);
    form->addRow(QString(), m_allowNonMember);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_validate);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(m_resultCaption);
    layout->addWidget(m_table, 1);
    setTabOrder(m_bar->picker(), m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_concurrency);
    setTabOrder(m_concurrency, m_allowNonMember);
    setTabOrder(m_allowNonMember, m_validate);
    setTabOrder(m_validate, m_apply);
    setTabOrder(m_apply, m_cancel);
    setTabOrder(m_cancel, m_export);
    setTabOrder(m_export, m_table);

    connect(m_browse, &QPushButton::clicked, this, &BulkView::chooseCsv);
    connect(m_file, &QLineEdit::returnPressed, this, &BulkView::validate);
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_plan.reset();
        updateControls();
    });
    connect(m_allowNonMember, &QCheckBox::toggled, this, [this] {
        m_plan.reset();
        updateControls();
    });
    connect(m_validate, &QPushButton::clicked, this, &BulkView::validate);
    connect(m_apply, &QPushButton::clicked, this, &BulkView::apply);
    connect(m_cancel, &QPushButton::clicked, this, &BulkView::cancel);
    connect(m_export, &QPushButton::clicked, this, &BulkView::chooseExportFile);
    connect(connection, &ManagementConnection::changed, this, &BulkView::followConnection);
    followConnection();
}

BulkView::~BulkView()
{
    // The job calls back into this view's members: end it while they still exist.
    delete m_job;
}

QString BulkView::csvFile() const
{
    return m_file->text().trimmed();
}

QString BulkView::journalPath() const
{
    return csvFile().isEmpty() ? QString() : management::BulkJob::journalPathFor(csvFile());
}

bool BulkView::resumes() const
{
    return management::BulkJob::hasJournal(journalPath());
}

void BulkView::setProfile(const profiles::Profile &profile, const Secret &managementSecret)
{
    m_connection->setProfile(profile, managementSecret);
}

void BulkView::followConnection()
{
    // Also called when a run holds or releases the connection: only a new client starts over.
    if (m_running || (m_job && m_client == m_connection->client()))
        return;
    markResultsOfOtherProfiles();
    m_client = m_connection->client();
    ++m_generation;
    delete m_job;
    m_validating = false;
    m_plan.reset();
    if (auto *client = m_connection->client())
        m_job = new management::BulkJob(*client, m_connection->auditLog(), m_connection->profile().name, this);
    if (m_job) {
        connect(m_job, &management::BulkJob::progress, this, &BulkView::showProgress);
        setSummary(tr("Choose a CSV file with the header user_id,org_id or email,org_id (organizations by id or "
                      "name). It is checked completely before anything changes."));
    } else {
        setSummary(tr("A bulk change needs a profile that can use the Management API (see above)."));
    }
    updateControls();
}

void BulkView::captionResults(const QString &run)
{
    m_resultCaption->setRun(run, m_connection->profileLabel(), m_connection->profile().issuer);
    m_table->setEnabled(true);
}

void BulkView::markResultsOfOtherProfiles()
{
    if (!m_resultCaption->hasRun())
        return;
    const bool other = m_resultCaption->profileLabel() != m_connection->profileLabel() ||
                       m_resultCaption->issuer() != m_connection->profile().issuer;
    m_resultCaption->setStale(other ? tr("another profile is in use now; validate a file to start on it") : QString());
    m_table->setEnabled(!other);
    if (other) {
        m_progress->reset(); // a finished run's 100 % is not the new tenant's
        m_progressText->clear();
    }
}

void BulkView::setSummary(const QString &text, bool error)
{
    m_summary->setText(text);
    setErrorStyle(m_summary, error);
    emit statusMessage(text);
}

void BulkView::updateControls()
{
    const bool busy = m_validating || m_running;
    const bool ready = m_job != nullptr;
    m_bar->setEnabled(!m_validating);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_allowNonMember->setEnabled(!busy);
    m_concurrency->setEnabled(!busy);
    m_validate->setEnabled(ready && !busy && !csvFile().isEmpty());
    m_apply->setEnabled(ready && !busy && m_plan.has_value());
    m_apply->setText(resumes() ? tr("&Resume…") : tr("&Apply…"));
    m_cancel->setEnabled(m_running && !m_cancelling);
    m_export->setEnabled(!busy && m_model->rowCount() > 0);
    m_progress->setVisible(m_running || m_progress->value() > 0);
    m_progressText->setVisible(m_progress->isVisible());
}

void BulkView::chooseCsv()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Bulk CSV file"), csvFile(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        openCsv(path);
}

void BulkView::openCsv(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    validate();
}

void BulkView::validate()
{
    m_plan.reset();
    m_model->clear();
    m_progress->reset();
    m_resultCaption->clearRun();
    if (!m_job) {
        setSummary(m_connection->message(), true);
        updateControls();
        return;
    }
    m_csv.reset();
    const auto file = management::BulkJob::read(csvFile());
    if (!file) {
        setSummary(file.error().code == QLatin1String("read_failed")
                       ? tr("Cannot read %1: %2").arg(csvFile(), file.error().message)
                       : tr("%1 is not valid CSV: %2. Nothing was changed.").arg(csvFile(), file.error().message),
                   true);
        updateControls();
        emit validated(false);
        return;
    }
    m_csv = file.value();
    m_validating = true;
    updateControls();
    setSummary(tr("Validating %n row(s) against the tenant…", nullptr, int(m_csv->rows.size() + m_csv->errors.size())));
    m_job->validate(*m_csv, m_allowNonMember->isChecked(),
                    [this, rows = m_csv->rows, generation = m_generation](const Result<management::BulkPlan> &plan) {
                        if (generation != m_generation)
                            return;
                        m_validating = false;
                        if (!plan) {
                            setSummary(tr("Validation failed: %1").arg(plan.error().message), true);
                        } else if (!plan->errors.isEmpty()) {
                            m_model->setErrors(plan->errors, rows);
                            captionResults(tr("Validation"));
                            m_table->resizeRowsToContents(); // reasons can be long: wrap them, all of them shown
                            setSummary(tr("%n row(s) are not valid; nothing will be changed. Correct them in the "
                                          "file and validate again.",
                                          nullptr, int(plan->errors.size())),
                                       true);
                        } else {
                            m_plan = plan.value();
                            m_model->setPlan(*m_plan);
                            captionResults(tr("Dry run"));
                            setSummary(tr("Dry run: %1 of %n row(s) would change; nothing has been changed yet.%2",
                                          nullptr, int(m_plan->rows.size()))
                                           .arg(m_plan->toChange())
                                           .arg(resumes() ? tr(" An earlier run of this file was interrupted: Resume "
                                                               "continues it (rows already done are not sent again).")
                                                          : QString()));
                        }
                        updateControls();
                        emit validated(plan.ok() && plan->errors.isEmpty());
                    });
}

void BulkView::apply()
{
    if (!m_plan || !m_csv || !m_job || m_running)
        return;
    const QString file = QFileInfo(csvFile()).fileName();
    const int toChange = m_plan->toChange();
    const Confirmation confirmation =
        resumes()
            ? m_connection->writeConfirmation(tr("Resume the bulk run of %1").arg(file),
                                              tr("The interrupted run of %1 continues; rows the journal shows as done "
                                                 "are not sent again.")
                                                  .arg(file),
                                              tr("Resume"))
            : m_connection->writeConfirmation(
                  tr("Set the default organization of %n user(s)", nullptr, toChange),
                  tr("app_metadata.default_org_id of %1 user(s) changes as %2 lists it; %3 row(s) already have their "
                     "organization and are skipped. Only this key is changed; every change is recorded in the audit "
                     "log, and the journal %4 lets an interrupted run be resumed.")
                      .arg(toChange)
                      .arg(file)
                      .arg(m_plan->rows.size() - toChange)
                      .arg(QDir::toNativeSeparators(journalPath())),
                  tr("Apply to %n user(s)", nullptr, toChange));
    if (!m_confirm(confirmation))
        return;
    const auto opened = m_job->openJournal(*m_csv, resumes(), journalPath());
    if (!opened) {
        setSummary(opened.error().message, true);
        return;
    }
    m_running = true;
    m_cancelling = false;
    m_connection->hold(); // the job uses the client until it ends
    m_job->setConcurrency(m_concurrency->value());
    m_progress->setRange(0, int(m_plan->rows.size()));
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    m_runClock.start();
    updateControls();
    setSummary(tr("Applying…"));
    // Cancel from the status bar is the view's graceful cancel: no new row starts, rows in flight complete.
    m_run.start(*m_connection->context().operations, this,
                tr("Applying the bulk plan (%n row(s))…", nullptr, int(m_plan->rows.size())), [this] { cancel(); });
    m_job->apply(*m_plan, [this](const management::BulkSummary &summary) { finished(summary); });
}

void BulkView::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_job->cancel();
    setSummary(tr("Cancelling: no new row is started; waiting for the requests in flight…"));
    updateControls();
}

void BulkView::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (m_run.isRunning())
        m_run->setLabel(tr("Applying the bulk plan: %1 of %2 rows…").arg(done).arg(total));
    const double seconds = m_runClock.elapsed() / 1000.0;
    const double rate = seconds > 0 ? done / seconds : 0.0;
    const QString eta = rate > 0 ? tr("%1 s").arg(qRound((total - done) / rate)) : tr("unknown");
    m_progressText->setText(tr("%1 / %2 rows · %3 rows/s · ETA %4").arg(done).arg(total).arg(rate, 0, 'f', 1).arg(eta));
}

void BulkView::finished(const management::BulkSummary &summary)
{
    m_run.finish();
    m_running = false;
    m_cancelling = false;
    m_connection->release(); // the job has released the journal too: the CLI's --resume may continue it now
    m_model->setResults(summary.results);
    captionResults(tr("Bulk run"));
    const int finishedRows = int(summary.results.size()) - m_model->count(QStringLiteral("not-started"));
    m_progressText->setText(tr("%1 / %2 rows in %3 s")
                                .arg(finishedRows)
                                .arg(summary.results.size())
                                .arg(m_runClock.elapsed() / 1000.0, 0, 'f', 1));
    QString counts =
        summary.notStarted > 0
            ? tr("Applied %1, skipped %2, failed %3, not started %4.")
                  .arg(summary.applied)
                  .arg(summary.skipped)
                  .arg(summary.failed)
                  .arg(summary.notStarted)
            : tr("Applied %1, skipped %2, failed %3.").arg(summary.applied).arg(summary.skipped).arg(summary.failed);
    if (summary.unaudited > 0)
        counts += QLatin1Char(' ') + tr("%n change(s) have no audit entry (see their detail); Resume writes the "
                                        "entries once the audit log can be written.",
                                        nullptr, summary.unaudited);
    if (summary.fatal) {
        setSummary(tr("The run stopped: %1 %2 The journal %3 keeps its state: Resume continues it.")
                       .arg(summary.fatal->message, counts, QDir::toNativeSeparators(journalPath())),
                   true);
    } else if (summary.cancelled) {
        setSummary(tr("Cancelled. %1 %2 row(s) were not started; the journal %3 keeps the state: Resume continues "
                      "with them.")
                       .arg(counts)
                       .arg(m_model->count(QStringLiteral("not-started")))
                       .arg(QDir::toNativeSeparators(journalPath())));
    } else {
        setSummary(counts + (summary.failed > 0 ? tr(" The failed rows are listed with their reason; Resume retries "
                                                     "them.")
                                                : QString()),
                   summary.failed > 0);
        if (summary.failed == 0)
            m_plan.reset(); // done: nothing left to apply for this validation
    }
    updateControls();
    emit runFinished(summary);
}

bool BulkView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit()) {
        setSummary(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // user ids and organizations
    emit statusMessage(
        tr("Exported %n row(s) to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void BulkView::chooseExportFile()
{
    const QString suggestion = csvFile().isEmpty() ? QString() : csvFile() + QStringLiteral(".results.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), suggestion, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace orglens::widgets
