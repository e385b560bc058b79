export default function HomePage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Convene</h1>
        <p className="nhsuk-lede-text">
          Video consultations and virtual multidisciplinary team meetings for health and care.
        </p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>Care homes calling a 24/7 nurse-led hub</li>
          <li>Scheduled video clinics, including prison healthcare</li>
          <li>MDT panels with screen sharing and structured outcomes</li>
        </ul>
        <p>Patients, relatives and interpreters join by link. There is nothing to install and nothing is recorded.</p>
      </div>
    </div>
  );
}
