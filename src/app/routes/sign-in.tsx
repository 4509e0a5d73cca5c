import { SignInPage } from '@/features/session/components/sign-in-page';

export default function SignInRoute() {
  return <SignInPage />;
}
