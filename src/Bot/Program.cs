Console.WriteLine("QcdcBot");
