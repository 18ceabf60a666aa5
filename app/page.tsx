import Link from 'next/link';
import { getUserPrincipal } from '@/lib/auth/require-principal';
import { getT } from '@/lib/i18n/get-t';
import { HomeCells } from '@/components/home-cells';

export default async function HomePage() {
  const [user, t] = await Promise.all([getUserPrincipal(), getT('common')]);
  if (!user) {
    return (
      <section className="hero" aria-labelledby="landing-title">
        <h1 id="landing-title">{t('landingTitle')}</h1>
        <p>{t('landingBody')}</p>
        <div className="row">
          <Link className="btn" href="/signup">
            {t('signUp')}
          </Link>
          <Link className="btn btn--ghost" href="/signin">
            {t('signIn')}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('homeTitle', { name: user.name })}</h1>
        <p>{t('homeBody')}</p>
      </section>
      <HomeCells user={user} />
    </>
  );
}
