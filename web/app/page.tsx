/** What Convene is, for whoever opens its address: staff find sign-in, patients learn they need only their link. */
export default function HomePage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Convene</h1>
        <p className="nhsuk-lede-text">
          Video consultations and virtual multidisciplinary team (MDT) meetings for health and care.
        </p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>Care homes calling a 24/7 nurse-led hub</li>
          <li>Scheduled video clinics, including prison healthcare</li>
          <li>MDT panels with screen sharing and structured outcomes</li>
        </ul>
        <h2>Staff</h2>
        <p>Clinicians, nurses, coordinators and care-home and prison healthcare staff sign in to their queues.</p>
        <a className="nhsuk-button" href="/login" draggable="false">
          Sign in
        </a>
        <h2>Patients, relatives and interpreters</h2>
        <p>
          You join by the link you were sent, in your web browser. There is nothing to install, you do not need an
          account, and nothing is recorded.
        </p>
      </div>
    </div>
  );
}
