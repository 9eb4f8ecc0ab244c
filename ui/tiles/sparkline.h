#pragma once

#include <QList>
#include <QWidget>

namespace wsdash {

// A small line of recent values, drawn with QPainter (no axes, no labels; the tooltip and the
// accessible description carry the numbers).
class Sparkline final : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(const QList<double>& values);
    const QList<double>& values() const { return m_values; }
    // The points as drawn, in widget coordinates (for tests).
    QList<QPointF> points() const;

    QSize sizeHint() const override { return {48, 18}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_values;
};

} // namespace wsdash
