import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getCurrentUser } from '@/lib/auth/session';
import { getMessages } from '@/lib/i18n/get-t';
import { titleFrom } from '@/lib/i18n/page-title';

export const generateMetadata = titleFrom('auth', 'signUpTitle');

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/');
  const m = await getMessages('auth');
  return (
    <div className="card card--narrow">
      <h1>{m.signUpTitle}</h1>
      <SignUpForm m={m} />
      <p className="card__footnote">
        {m.haveAccount} <Link href="/signin">{m.submitSignIn}</Link>
      </p>
    </div>
  );
}
