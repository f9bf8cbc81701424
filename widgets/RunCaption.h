#pragma once

#include <QLabel>
#include <QUrl>

namespace orglens::widgets {

// The line over a result that says which run it belongs to — "Device authorization on Demo tenant (127.0.0.1:8443)
// at 09:46" — and, once its context has changed (another profile, a later run that failed), greys out and says why,
// so a result never passes for the current one.
class RunCaption : public QLabel {
    Q_OBJECT

public:
    explicit RunCaption(QWidget *parent = nullptr);

    // A fresh result of `run` (e.g. "Device authorization") on `profileLabel`'s tenant, now.
    void setRun(const QString &run, const QString &profileLabel, const QUrl &issuer);
    // Greys the caption and adds `reason` ("another profile is chosen now"); an empty reason makes it current again.
    void setStale(const QString &reason);
    // No result shown.
    void clearRun();

    bool hasRun() const { return !m_run.isEmpty(); }
    bool isStale() const { return !m_staleReason.isEmpty(); }
    QString profileLabel() const { return m_profileLabel; }
    QUrl issuer() const { return m_issuer; }

private:
    void showRun();

    QString m_run;
    QString m_profileLabel;
    QUrl m_issuer;
    QString m_time;
    QString m_staleReason;
};

} // namespace orglens::widgets
